using Logistics.Planning.Serialization;
using NetTopologySuite.Geometries;

namespace Logistics.Planning.Demo;

/// <summary>
/// Writes the demo county files: <c>scenario.json</c> (ScenarioJson, stable bytes). The shipped copy lives in
/// <c>data/demo-county/</c> and is regenerated with <c>logistics demo --out data/demo-county</c>.
/// </summary>
public static class DemoCountyFiles
{
    public const string ScenarioFileName = "scenario.json";

    /// <summary>The file names and contents for the options, in a fixed order.</summary>
    public static IReadOnlyList<(string FileName, string Content)> Render(DemoCountyOptions options, GeometryFactory factory)
    {
        var scenario = new DemoCountyGenerator(options, factory).Generate();
        return [(ScenarioFileName, ScenarioJson.Serialize(scenario))];
    }

    /// <summary>Writes the files into <paramref name="directory"/> (created if needed) as UTF-8 without BOM; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, DemoCountyOptions options, GeometryFactory factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var (name, content) in Render(options, factory))
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }
}
