using System.Text;
using System.Text.Json;
using Logistics.Core.Geo;
using Logistics.Planning.Import;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;

namespace Logistics.Planning.Export;

/// <summary>
/// Writes a scenario: as scenario JSON (<c>.json</c>, always WGS84), as a sites table (<c>.csv</c>,
/// <c>.xlsx</c>, <c>.geojson</c>; the fleet is not part of it), or as a scenario directory (a path without
/// extension or an existing directory): <c>scenario.json</c> with name, county, parameters and boundary,
/// <c>sites.csv</c> and <c>vehicles.csv</c> — the form <see cref="ScenarioImporter"/> reads back.
/// </summary>
public static class ScenarioExporter
{
    public static void Write(Scenario scenario, string path, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        options ??= ExportOptions.Default;
        if (IsDirectoryTarget(path))
        {
            WriteDirectory(scenario, path, options);
        }
        else if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            RequireWgs84(options);
            ScenarioJson.Write(scenario, path);
        }
        else
        {
            SiteExporter.Write(scenario.Sites, path, options);
        }
    }

    /// <summary>True for an existing directory, a path ending in a separator, or a path without extension.</summary>
    public static bool IsDirectoryTarget(string path) =>
        Directory.Exists(path)
        || path.EndsWith(Path.DirectorySeparatorChar)
        || path.EndsWith(Path.AltDirectorySeparatorChar)
        || Path.GetExtension(path).Length == 0;

    private static void WriteDirectory(Scenario scenario, string directory, ExportOptions options)
    {
        Directory.CreateDirectory(directory);
        var doc = ScenarioJson.ToDocument(scenario);
        doc.Sites = [];
        doc.VehicleTypes = [];
        File.WriteAllText(
            Path.Combine(directory, ScenarioImporter.ScenarioFileName),
            JsonSerializer.Serialize(doc, ScenarioJson.Options) + "\n",
            new UTF8Encoding(false));
        SiteExporter.Write(scenario.Sites, Path.Combine(directory, "sites.csv"), options);
        VehicleExporter.Write(scenario.VehicleTypes, Path.Combine(directory, "vehicles.csv"), options);
    }

    private static void RequireWgs84(ExportOptions options)
    {
        if (options.CoordinateSystem is not (CoordinateSystem.Wgs84 or CoordinateSystem.Cgcs2000))
        {
            throw new ArgumentException(
                $"Scenario JSON is always WGS84; it cannot be written in {CoordinateSystemNames.ToName(options.CoordinateSystem)}.",
                nameof(options));
        }
    }
}
