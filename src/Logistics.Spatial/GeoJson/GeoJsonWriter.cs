using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Logistics.Spatial.GeoJson;

/// <summary>
/// Writes NetTopologySuite geometries and features as RFC 7946 GeoJSON, the geometries through
/// NetTopologySuite.IO.GeoJSON4STJ: positions as [longitude, latitude]
/// (X, Y; a Z is written when present), rounded to <see cref="Decimals"/> decimals (7 by default, about 1 cm),
/// polygon exterior rings counter-clockwise and holes clockwise (the RFC's right-hand rule), members in a fixed
/// order (<c>type</c>, <c>id</c>, <c>geometry</c>, <c>properties</c>), properties in their stored order, and
/// non-ASCII text such as Chinese names unescaped. The same input always gives the same bytes.
/// Geometries must be WGS84 longitude/latitude: SRID 4326, or 0 (unknown, taken as 4326); a geometry with any other
/// SRID (e.g. projected to a metric grid) is refused rather than written as nonsense degrees.
/// </summary>
public sealed class GeoJsonWriter
{
    private static readonly JsonSerializerOptions Geometries = new()
    {
        Converters = { new GeoJsonConverterFactory(GeometryFactory.Default, false, null, RingOrientationOption.EnforceRfc9746) },
    };

    private readonly JsonWriterOptions _options;

    /// <param name="decimals">Decimals kept in X and Y (0–15); RFC 7946 suggests 6, 7 keeps about 1 cm.</param>
    /// <param name="indented">Pretty-print (two-space indents) instead of one line.</param>
    public GeoJsonWriter(int decimals = 7, bool indented = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        Decimals = decimals;
        _options = new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = false,
        };
    }

    /// <summary>Decimals kept in longitude and latitude. Z is kept to millimetres (3 decimals).</summary>
    public int Decimals { get; }

    public string Write(Geometry geometry) => ToText(w => Write(w, geometry));

    public string Write(GeoJsonFeature feature) => ToText(w => Write(w, feature));

    public string Write(GeoJsonFeatureCollection collection) => ToText(w => Write(w, collection));

    /// <summary>Writes a FeatureCollection as UTF-8 (no BOM) to a stream, which is left open.</summary>
    public void Write(Stream utf8Json, GeoJsonFeatureCollection collection)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, _options);
        Write(writer, collection);
    }

    /// <summary>Writes a FeatureCollection to a file (UTF-8, no BOM), replacing it.</summary>
    public void WriteFile(string path, GeoJsonFeatureCollection collection)
    {
        using var stream = File.Create(path);
        Write(stream, collection);
    }

    public void Write(Utf8JsonWriter writer, GeoJsonFeatureCollection collection)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(collection);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var feature in collection.Features)
        {
            Write(writer, feature);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    public void Write(Utf8JsonWriter writer, GeoJsonFeature feature)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(feature);
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        if (feature.Id is { } id)
        {
            writer.WritePropertyName("id");
            if (id.IsNumber)
            {
                writer.WriteRawValue(id.Text);
            }
            else
            {
                writer.WriteStringValue(id.Text);
            }
        }

        writer.WritePropertyName("geometry");
        if (feature.Geometry is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            Write(writer, feature.Geometry);
        }

        writer.WriteStartObject("properties");
        foreach (var (name, value) in feature.Properties)
        {
            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
    }

    public void Write(Utf8JsonWriter writer, Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.SRID is not (0 or GeometryServices.Wgs84Srid))
        {
            throw new ArgumentException(
                $"GeoJSON holds WGS84 longitude/latitude, but the geometry has SRID {geometry.SRID}; unproject it first",
                nameof(geometry));
        }

        // The library writes the geometry (RFC 7946 ring orientation); we round a copy first so that the same
        // input always gives the same bytes.
        var rounded = geometry is LinearRing ring ? ring.Factory.CreateLineString(ring.CoordinateSequence.Copy()) : geometry.Copy();
        rounded.Apply(new Rounding(Decimals));
        JsonSerializer.Serialize(writer, rounded, Geometries);
        writer.Flush();
    }

    /// <summary>Rounds X and Y to the writer's decimals and Z to millimetres, in place; refuses a non-finite X or Y.</summary>
    private sealed class Rounding(int decimals) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, Round(seq.GetX(i), decimals));
            seq.SetY(i, Round(seq.GetY(i), decimals));
            if (seq.HasZ && double.IsFinite(seq.GetZ(i)))
            {
                seq.SetZ(i, Round(seq.GetZ(i), 3));
            }
        }
    }

    private static double Round(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"GeoJSON cannot hold the coordinate {value}.");
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0.0 : rounded; // never "-0"
    }

    private string ToText(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, _options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
