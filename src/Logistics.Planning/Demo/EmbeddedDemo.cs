using System.Reflection;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;

namespace Logistics.Planning.Demo;

/// <summary>
/// The shipped demo county (data/demo-county/scenario.json), embedded in this assembly so that every tool has a
/// default scenario without a file. Synthetic data (合成数据，非真实县域); see data/README.md.
/// </summary>
public static class EmbeddedDemo
{
    /// <summary>The manifest resource name of the embedded scenario file.</summary>
    public const string ResourceName = "Logistics.Planning.Demo.scenario.json";

    /// <summary>The embedded scenario file's text, exactly as shipped.</summary>
    public static string ReadJson()
    {
        using var stream = typeof(EmbeddedDemo).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource '{ResourceName}' is missing from {typeof(EmbeddedDemo).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    /// <summary>Parses the embedded demo scenario (a new, validated instance on each call).</summary>
    public static Scenario Load() => ScenarioJson.Deserialize(ReadJson(), "demo-county/scenario.json");
}
