using Logistics.Planning.Export;
using Logistics.Planning.Serialization;
using NetTopologySuite.Geometries;

namespace Logistics.Planning.Demo;

/// <summary>
/// Writes the demo county files: <c>scenario.json</c> (ScenarioJson, UTF-8), <c>sites.csv</c> and
/// <c>vehicles.csv</c> (the sites and fleet in the import/export column layout, UTF-8 with BOM so that Excel
/// opens the Chinese names correctly). The shipped copies live in <c>data/demo-county/</c> and are regenerated
/// with <c>logistics demo --out data/demo-county</c>; a test keeps them equal to the generator's output.
/// </summary>
public static class DemoCountyFiles
{
    public const string ScenarioFileName = "scenario.json";

    public const string SitesFileName = "sites.csv";

    public const string VehiclesFileName = "vehicles.csv";

    /// <summary>The file names and exact bytes for a generated scenario, in a fixed order.</summary>
    public static IReadOnlyList<(string FileName, byte[] Content)> Render(Network.Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var json = new System.Text.UTF8Encoding(false).GetBytes(ScenarioJson.Serialize(scenario));
        using var sites = new MemoryStream();
        SiteExporter.WriteCsv(scenario.Sites, sites);
        using var vehicles = new MemoryStream();
        VehicleExporter.WriteCsv(scenario.VehicleTypes, vehicles);
        return [(ScenarioFileName, json), (SitesFileName, sites.ToArray()), (VehiclesFileName, vehicles.ToArray())];
    }

    /// <summary>Generates the county for <paramref name="options"/> and renders its files.</summary>
    public static IReadOnlyList<(string FileName, byte[] Content)> Render(DemoCountyOptions options, GeometryFactory factory) =>
        Render(new DemoCountyGenerator(options, factory).Generate());

    /// <summary>Writes the files into <paramref name="directory"/> (created if needed); returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, Network.Scenario scenario)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var (name, content) in Render(scenario))
        {
            var path = Path.Combine(directory, name);
            File.WriteAllBytes(path, content);
            paths.Add(path);
        }

        return paths;
    }
}
