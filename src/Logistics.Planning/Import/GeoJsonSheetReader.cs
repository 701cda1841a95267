using System.Text.Json;
using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>
/// Reads a GeoJSON FeatureCollection of Point features into a <see cref="SheetTable"/>: one row per feature,
/// one column per property (the same names as the CSV columns), plus <c>lon</c> and <c>lat</c> from the
/// geometry. Rows carry <c>features[i]</c> instead of a row number. Properties that would duplicate the
/// geometry (lon, lat, 经度 …) are ignored: the geometry is the position. A feature's own <c>id</c> member is
/// used when it has no id property.
/// </summary>
public static class GeoJsonSheetReader
{
    /// <summary>The column names given to the geometry's coordinates.</summary>
    public const string LonColumn = "lon";

    public const string LatColumn = "lat";

    /// <summary>How errors name the geometry.</summary>
    public const string GeometryColumn = "geometry.coordinates";

    public static SheetTable Read(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new DataValidationException([new DataError(
                "bad-json", ex.Message, File: fileName, Row: ex.LineNumber is long line ? (int)line + 1 : null, Column: ex.Path)]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features)
                || features.ValueKind != JsonValueKind.Array)
            {
                throw new DataValidationException([new DataError(
                    "not-a-feature-collection", "Expected a GeoJSON FeatureCollection with a 'features' array.", File: fileName, Column: "type")]);
            }

            return ReadFeatures(features, fileName);
        }
    }

    private static SheetTable ReadFeatures(JsonElement features, string fileName)
    {
        var headers = new List<string> { LonColumn, LatColumn };
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowValues = new List<Dictionary<int, string>>();
        var problems = new List<DataError>();
        var featureIds = new Dictionary<int, string>();
        var i = 0;
        foreach (var feature in features.EnumerateArray())
        {
            var entity = $"features[{i}]";
            var values = new Dictionary<int, string>();
            rowValues.Add(values);
            i++;
            if (feature.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new DataError("not-a-feature", "Each element of 'features' must be a Feature object.", File: fileName, Entity: entity));
                continue;
            }

            ReadGeometry(feature, values, entity, fileName, problems);
            if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in properties.EnumerateObject())
                {
                    if (SiteColumns.Resolve(p.Name) is SiteColumns.Lon or SiteColumns.Lat)
                    {
                        continue;
                    }

                    if (!index.TryGetValue(p.Name, out var column))
                    {
                        column = headers.Count;
                        headers.Add(p.Name);
                        index[p.Name] = column;
                    }

                    values[column] = ValueText(p.Value);
                }
            }

            if (feature.TryGetProperty("id", out var featureId) && featureId.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                featureIds[rowValues.Count - 1] = ValueText(featureId);
            }
        }

        // A feature's own "id" (as QGIS and other tools write it) stands in for a missing id property.
        if (featureIds.Count > 0)
        {
            var idColumn = headers.FindIndex(h => SiteColumns.Resolve(h) == SiteColumns.Id);
            if (idColumn < 0)
            {
                idColumn = headers.Count;
                headers.Add(SiteColumns.Id);
            }

            foreach (var (row, id) in featureIds)
            {
                if (!rowValues[row].TryGetValue(idColumn, out var given) || given.Trim().Length == 0)
                {
                    rowValues[row][idColumn] = id;
                }
            }
        }

        var rows = rowValues.Select((values, n) =>
        {
            var cells = new string[headers.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = values.TryGetValue(c, out var v) ? v.Trim() : string.Empty;
            }

            return new SheetRow(null, $"features[{n}]", cells);
        }).Where(r => !r.IsBlank).ToList();
        return new SheetTable(fileName, headers, rows, headerRow: null, problems);
    }

    private static void ReadGeometry(JsonElement feature, Dictionary<int, string> values, string entity, string fileName, List<DataError> problems)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            problems.Add(new DataError("missing-value", "The feature has no geometry; a site needs a Point.", File: fileName, Entity: entity, Column: "geometry"));
            return;
        }

        var kind = geometry.ValueKind == JsonValueKind.Object && geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
        if (kind != "Point")
        {
            problems.Add(new DataError("not-a-point", "A site must be a Point feature.", File: fileName, Entity: entity, Column: "geometry.type", Value: kind ?? geometry.ValueKind.ToString()));
            return;
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates)
            || coordinates.ValueKind != JsonValueKind.Array
            || coordinates.GetArrayLength() < 2
            || coordinates[0].ValueKind != JsonValueKind.Number
            || coordinates[1].ValueKind != JsonValueKind.Number)
        {
            problems.Add(new DataError(
                "bad-coordinate",
                "A Point needs coordinates [longitude, latitude] as two numbers.",
                File: fileName,
                Entity: entity,
                Column: GeometryColumn,
                Value: geometry.TryGetProperty("coordinates", out var c) ? c.GetRawText() : null));
            return;
        }

        values[0] = coordinates[0].GetRawText();
        values[1] = coordinates[1].GetRawText();
    }

    private static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };
}
