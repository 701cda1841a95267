using System.Text.Json;
using Logistics.Core.Errors;
using Logistics.Planning.Serialization;

namespace Logistics.Planning.Import;

/// <summary>
/// Tells what a file holds from its extension and a look inside: a CSV/XLSX is a vehicles table when a header
/// is a vehicle-only column (capacity, depot, costs …), else a sites table when a header is a sites column;
/// a JSON file is a scenario when it has <c>format</c> <c>logistics-scenario/…</c> (or <c>sites</c>), a sites
/// file when it is a FeatureCollection with Point features.
/// </summary>
public static class DataFileDetector
{
    private static readonly HashSet<string> VehicleOnly = VehicleColumns.All
        .Except([VehicleColumns.Id, VehicleColumns.Name, VehicleColumns.Count])
        .ToHashSet(StringComparer.Ordinal);

    public static DataFileKind Detect(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        if (SheetFiles.IsCsv(path) || SheetFiles.IsXlsx(path))
        {
            return DetectTable(path, options);
        }

        if (SheetFiles.IsGeoJson(path) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return DetectJson(path);
        }

        return DataFileKind.Other;
    }

    private static DataFileKind DetectTable(string path, ImportOptions options)
    {
        SheetTable table;
        try
        {
            table = SheetFiles.ReadHeader(path, options, allowGeoJson: false);
        }
        catch (DataValidationException)
        {
            // Unreadable: let the importer report why, choosing by the name.
            return Path.GetFileName(path).Contains("vehicle", StringComparison.OrdinalIgnoreCase) ? DataFileKind.Vehicles : DataFileKind.Sites;
        }

        if (table.Headers.Any(h => VehicleColumns.Resolve(h) is { } f && VehicleOnly.Contains(f)))
        {
            return DataFileKind.Vehicles;
        }

        return table.Headers.Any(h => SiteColumns.Resolve(h) is not null) ? DataFileKind.Sites : DataFileKind.Other;
    }

    private static DataFileKind DetectJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return DataFileKind.Other;
            }

            if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
                && format.GetString()!.StartsWith(ScenarioDocument.CurrentFormat.Split('/')[0], StringComparison.Ordinal))
            {
                return DataFileKind.Scenario;
            }

            if (root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "FeatureCollection")
            {
                if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                {
                    return DataFileKind.Sites; // malformed: the importer says why
                }

                var any = false;
                foreach (var f in features.EnumerateArray())
                {
                    any = true;
                    if (f.ValueKind == JsonValueKind.Object && f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object
                        && g.TryGetProperty("type", out var gt) && gt.ValueKind == JsonValueKind.String && gt.GetString() == "Point")
                    {
                        return DataFileKind.Sites;
                    }
                }

                return any ? DataFileKind.Other : DataFileKind.Sites;
            }

            return root.TryGetProperty("sites", out _) ? DataFileKind.Scenario : DataFileKind.Other;
        }
        catch (JsonException)
        {
            // Broken JSON named like a scenario or sites file is reported, anything else skipped.
            var name = Path.GetFileName(path);
            return name.Equals(ScenarioImporter.ScenarioFileName, StringComparison.OrdinalIgnoreCase) ? DataFileKind.Scenario
                : SheetFiles.IsGeoJson(path) ? DataFileKind.Sites
                : DataFileKind.Other;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DataFileKind.Scenario;
        }
    }
}
