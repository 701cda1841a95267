using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Logistics.Core.Errors;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Logistics.Spatial.GeoJson;

/// <summary>
/// Reads RFC 7946 GeoJSON (WGS84 longitude/latitude) into NetTopologySuite geometries with SRID 4326: a thin
/// validation layer over NetTopologySuite.IO.GeoJSON4STJ, which reads each geometry (Point, LineString, Polygon with
/// holes, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection; a third value of a position is kept as Z).
/// This class walks Feature and FeatureCollection itself so that every problem names its file, feature, member and
/// value, keeps properties in file order and ids as written, and refuses what the library would take silently.
/// Foreign members and <c>bbox</c> are ignored.
/// </summary>
/// <remarks>
/// All problems of a file are collected and thrown together as one <see cref="DataValidationException"/>; each
/// <see cref="DataError"/> names the file (<see cref="DataError.File"/>), the JSON path such as
/// <c>features[3].geometry.coordinates[0][12]</c> (<see cref="DataError.Column"/>), the feature
/// (<see cref="DataError.Entity"/>) and, for syntax errors, the line (<see cref="DataError.Row"/>).
/// Coordinates outside ±180°/±90°, and an old-style <c>crs</c> member naming anything but WGS84, are errors: such
/// a file holds projected or otherwise non-RFC coordinates that must not be taken for degrees.
/// A geometry the library refuses (unknown type, missing or malformed coordinates, a ring not closed or shorter
/// than four positions, a LineString of one position) is <c>geojson-geometry</c> with the library's reason.
/// Ring orientation is accepted either way.
/// Thread-safe: the reader holds no state besides the geometry factory.
/// </remarks>
public sealed class GeoJsonReader
{
    private static readonly string[] Wgs84CrsNames =
    [
        "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "CRS84", "OGC:CRS84",
        "EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:EPSG:6.6:4326", "http://www.opengis.net/def/crs/EPSG/0/4326",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
    ];

    private readonly JsonSerializerOptions _json;

    public GeoJsonReader(GeometryServices geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        _json = new JsonSerializerOptions { MaxDepth = 128, Converters = { new GeoJsonConverterFactory(geometry.Wgs84) } };
    }

    /// <summary>
    /// Reads a file holding a FeatureCollection. A single Feature, or a bare geometry, is also accepted and gives a
    /// collection of one feature (a bare geometry has no properties). Errors name <paramref name="path"/> as given.
    /// </summary>
    public GeoJsonFeatureCollection ReadFeatureCollectionFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = OpenOrThrow(path);
        return ReadFeatureCollection(stream, path);
    }

    /// <inheritdoc cref="ReadFeatureCollectionFile"/>
    /// <param name="utf8Json">The UTF-8 JSON (a BOM is allowed).</param>
    /// <param name="sourceName">The file name that errors will carry.</param>
    public GeoJsonFeatureCollection ReadFeatureCollection(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var doc = Parse(() => JsonDocument.Parse(utf8Json, DocumentOptions), sourceName);
        return ReadFeatureCollection(doc.RootElement, sourceName);
    }

    /// <inheritdoc cref="ReadFeatureCollectionFile"/>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The file name that errors will carry.</param>
    public GeoJsonFeatureCollection ReadFeatureCollection(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = Parse(() => JsonDocument.Parse(json, DocumentOptions), sourceName);
        return ReadFeatureCollection(doc.RootElement, sourceName);
    }

    /// <summary>Reads a bare geometry object (not a Feature).</summary>
    public Geometry ReadGeometry(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = Parse(() => JsonDocument.Parse(json, DocumentOptions), sourceName);
        var errors = new ErrorList();
        var context = new Context(sourceName, errors, null);
        var geometry = ReadGeometryObject(doc.RootElement, "$", context);
        errors.ThrowIfAny();
        return geometry ?? throw new InvalidOperationException("unreachable: a failed geometry always records an error");
    }

    private static JsonDocumentOptions DocumentOptions => new() { MaxDepth = 128 };

    private static FileStream OpenOrThrow(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataValidationException([new DataError("geojson-file", $"cannot open the file: {ex.Message}", File: path)]);
        }
    }

    private static JsonDocument Parse(Func<JsonDocument> parse, string sourceName)
    {
        try
        {
            return parse();
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int?)(l + 1) : null;
            var at = ex.BytePositionInLine is { } b ? $" at byte {b + 1} of the line" : string.Empty;
            throw new DataValidationException(
            [
                new DataError("geojson-syntax", $"not valid JSON{at}: {ex.Message}", File: sourceName, Row: line, Column: Clean(ex.Path)),
            ]);
        }
    }

    private static string? Clean(string? jsonPath) => jsonPath is null ? null : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    private GeoJsonFeatureCollection ReadFeatureCollection(JsonElement root, string sourceName)
    {
        var errors = new ErrorList();
        var context = new Context(sourceName, errors, null);
        var features = new List<GeoJsonFeature>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            context.Error("geojson-type", $"expected a GeoJSON object, found {Describe(root)}", "$");
            errors.ThrowIfAny();
        }

        CheckCrs(root, string.Empty, context);
        var type = ReadType(root, "$", context);
        switch (type)
        {
            case null:
                break;
            case "FeatureCollection":
                if (Member(root, "features", string.Empty, context, JsonValueKind.Array) is { } array)
                {
                    var i = 0;
                    foreach (var item in array.EnumerateArray())
                    {
                        var path = $"features[{i}]";
                        if (ReadFeature(item, path, context with { Entity = $"feature {i}" }) is { } feature)
                        {
                            features.Add(feature);
                        }

                        i++;
                    }
                }

                break;
            case "Feature":
                if (ReadFeature(root, string.Empty, context with { Entity = "feature 0" }) is { } single)
                {
                    features.Add(single);
                }

                break;
            default:
                if (ReadGeometryObject(root, "$", context) is { } geometry)
                {
                    features.Add(new GeoJsonFeature(geometry));
                }

                break;
        }

        errors.ThrowIfAny();
        return new GeoJsonFeatureCollection(features);
    }

    private GeoJsonFeature? ReadFeature(JsonElement element, string path, Context context)
    {
        var at = path.Length == 0 ? "$" : path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Error("geojson-type", $"expected a Feature object, found {Describe(element)}", at);
            return null;
        }

        GeoJsonFeatureId? id = null;
        if (element.TryGetProperty("id", out var idElement))
        {
            switch (idElement.ValueKind)
            {
                case JsonValueKind.String:
                    id = GeoJsonFeatureId.FromString(idElement.GetString()!);
                    break;
                case JsonValueKind.Number:
                    id = new GeoJsonFeatureId(idElement.GetRawText(), true);
                    break;
                default:
                    context.Error("geojson-id", $"a feature id must be a string or a number, found {Describe(idElement)}", Join(path, "id"));
                    break;
            }

            if (id is not null)
            {
                context = context with { Entity = $"{context.Entity} (id {id})" };
            }
        }

        var ok = true;
        var type = ReadType(element, at, context);
        if (type is not null && type != "Feature")
        {
            context.Error("geojson-type", $"expected type \"Feature\", found \"{type}\"", Join(path, "type"));
            ok = false;
        }

        Geometry? geometry = null;
        if (!element.TryGetProperty("geometry", out var geometryElement))
        {
            context.Error("geojson-missing-member", "a Feature needs a \"geometry\" member (it may be null)", at);
            ok = false;
        }
        else if (geometryElement.ValueKind != JsonValueKind.Null)
        {
            geometry = ReadGeometryObject(geometryElement, Join(path, "geometry"), context);
            ok &= geometry is not null;
        }

        var properties = new List<KeyValuePair<string, JsonNode?>>();
        if (element.TryGetProperty("properties", out var propertiesElement))
        {
            if (propertiesElement.ValueKind == JsonValueKind.Object)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in propertiesElement.EnumerateObject())
                {
                    if (!seen.Add(property.Name))
                    {
                        context.Error("geojson-duplicate-property", $"property \"{property.Name}\" appears twice", Join(Join(path, "properties"), property.Name));
                        ok = false;
                        continue;
                    }

                    properties.Add(new(property.Name, JsonNode.Parse(property.Value.GetRawText())));
                }
            }
            else if (propertiesElement.ValueKind != JsonValueKind.Null)
            {
                context.Error("geojson-properties", $"\"properties\" must be an object or null, found {Describe(propertiesElement)}", Join(path, "properties"));
                ok = false;
            }
        }

        return ok ? new GeoJsonFeature(geometry, properties, id) : null;
    }

    private Geometry? ReadGeometryObject(JsonElement element, string path, Context context)
    {
        if (!HasShape(element, path, context))
        {
            return null;
        }

        // The library reads the geometry (nesting, positions, rings); we name the file, feature and path of what it
        // refuses, and add the checks it does not make: rings closed and of four positions or more, degrees not metres.
        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(_json);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            var at = ex is JsonException { Path: { } inside } && Clean(inside) is { Length: > 0 } member && member != "$" ? Join(Inner(path), member) : path;
            context.Error("geojson-geometry", $"not a valid GeoJSON geometry: {ex.Message}", at, Snippet(element));
            return null;
        }

        if (geometry is null)
        {
            context.Error("geojson-geometry", "not a valid GeoJSON geometry", path, Snippet(element));
            return null;
        }

        foreach (var ring in Rings(geometry))
        {
            if (ring.NumPoints < 4 || !ring.IsClosed)
            {
                context.Error(
                    "geojson-geometry",
                    $"a polygon ring must have at least 4 positions and end with its first, it has {ring.NumPoints}",
                    Join(Inner(path), "coordinates"),
                    string.Join(", ", ring.Coordinates.Take(5).Select(Format)));
                return null;
            }
        }

        if (geometry.Coordinates.FirstOrDefault(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90) is { } bad)
        {
            context.Error(
                "geojson-not-lon-lat",
                "the position is not WGS84 longitude/latitude in degrees (RFC 7946); is the file projected (metres) or are the axes swapped?",
                Join(Inner(path), geometry is GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon) ? "geometries" : "coordinates"),
                Format(bad));
            return null;
        }

        geometry.SRID = GeometryServices.Wgs84Srid;
        return geometry;
    }

    private static string Inner(string path) => path == "$" ? string.Empty : path;

    /// <summary>
    /// The shape the library needs, checked first so that those errors say what is missing: an object with a known
    /// type and its <c>coordinates</c> (or <c>geometries</c>, each member checked the same way) array.
    /// </summary>
    private static bool HasShape(JsonElement element, string path, Context context)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Error("geojson-type", $"expected a geometry object, found {Describe(element)}", path);
            return false;
        }

        var type = ReadType(element, path, context);
        if (type is null)
        {
            return false;
        }

        if (type is not ("Point" or "LineString" or "Polygon" or "MultiPoint" or "MultiLineString" or "MultiPolygon" or "GeometryCollection"))
        {
            context.Error("geojson-type", $"unknown geometry type \"{type}\"", Join(Inner(path), "type"), type);
            return false;
        }

        if (Member(element, type == "GeometryCollection" ? "geometries" : "coordinates", Inner(path), context, JsonValueKind.Array) is not { } member)
        {
            return false;
        }

        var ok = true;
        if (type == "GeometryCollection")
        {
            var i = 0;
            foreach (var part in member.EnumerateArray())
            {
                ok &= HasShape(part, $"{Join(Inner(path), "geometries")}[{i++}]", context);
            }
        }

        return ok;
    }

    private static IEnumerable<LineString> Rings(Geometry geometry) => geometry switch
    {
        Polygon p when !p.IsEmpty => [p.Shell, .. p.Holes],
        GeometryCollection c => c.Geometries.SelectMany(Rings),
        _ => [],
    };

    private static void CheckCrs(JsonElement root, string path, Context context)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var name = crs.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()
                : null;
        if (name is null || !Wgs84CrsNames.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            context.Error(
                "geojson-crs",
                "the file declares a coordinate reference system other than WGS84 longitude/latitude; convert it to EPSG:4326 (RFC 7946) first",
                Join(path, "crs"),
                name ?? crs.GetRawText());
        }
    }

    private static string? ReadType(JsonElement element, string path, Context context)
    {
        var inner = path == "$" ? string.Empty : path;
        if (!element.TryGetProperty("type", out var type))
        {
            context.Error("geojson-missing-member", "the object has no \"type\" member", path);
            return null;
        }

        if (type.ValueKind != JsonValueKind.String)
        {
            context.Error("geojson-type", $"\"type\" must be a string, found {Describe(type)}", Join(inner, "type"));
            return null;
        }

        return type.GetString();
    }

    private static JsonElement? Member(JsonElement element, string name, string path, Context context, JsonValueKind kind)
    {
        if (!element.TryGetProperty(name, out var member))
        {
            context.Error("geojson-missing-member", $"the object has no \"{name}\" member", path.Length == 0 ? "$" : path);
            return null;
        }

        if (member.ValueKind != kind)
        {
            var code = name == "coordinates" ? "geojson-bad-coordinates" : "geojson-type";
            context.Error(code, $"\"{name}\" must be an array, found {Describe(member)}", Join(path, name), Snippet(member));
            return null;
        }

        return member;
    }

    private static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => $"an array of {element.GetArrayLength()}",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Snippet(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
    }

    private static string Format(Coordinate c) => string.Create(CultureInfo.InvariantCulture, $"[{c.X:R}, {c.Y:R}]");

    private sealed record Context(string File, ErrorList Errors, string? Entity)
    {
        public void Error(string code, string message, string path, string? value = null) =>
            Errors.Add(new DataError(code, message, File: File, Column: path, Value: value, Entity: Entity));
    }
}
