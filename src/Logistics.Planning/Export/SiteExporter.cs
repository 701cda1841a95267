using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Planning.Export;

/// <summary>
/// Writes sites as CSV (UTF-8 with BOM, or GB18030), XLSX or a GeoJSON FeatureCollection of Points, with the
/// columns of <see cref="SiteTableLayout"/>, in WGS84 or another coordinate system (named in the <c>crs</c>
/// column / property). What is written reads back through <see cref="SiteImporter"/> as the same sites.
/// </summary>
public static class SiteExporter
{
    /// <summary>Writes by the extension of <paramref name="path"/>: .csv, .xlsx or .geojson.</summary>
    public static void Write(IEnumerable<Site> sites, string path, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(path);
        Action<IEnumerable<Site>, Stream, ExportOptions?> write =
            SheetFiles.IsCsv(path) ? WriteCsv
            : SheetFiles.IsXlsx(path) ? WriteXlsx
            : SheetFiles.IsGeoJson(path) ? WriteGeoJson
            : throw new ArgumentException($"Cannot write sites to '{Path.GetFileName(path)}'; use .csv, .xlsx or .geojson.", nameof(path));
        using var stream = File.Create(path);
        write(sites, stream, options);
    }

    public static void WriteCsv(IEnumerable<Site> sites, Stream stream, ExportOptions? options = null)
    {
        options ??= ExportOptions.Default;
        TableOutput.WriteCsv(SiteTableLayout.Headers, sites.Select(s => SiteTableLayout.Cells(s, options.CoordinateSystem)), stream, options.CsvEncoding);
    }

    public static void WriteXlsx(IEnumerable<Site> sites, Stream stream, ExportOptions? options = null)
    {
        options ??= ExportOptions.Default;
        TableOutput.WriteXlsx(SiteTableLayout.Headers, sites.Select(s => SiteTableLayout.Cells(s, options.CoordinateSystem)), stream, options.SheetName ?? "sites");
    }

    /// <summary>A FeatureCollection of Point features; every column but lon/lat becomes a property.</summary>
    public static void WriteGeoJson(IEnumerable<Site> sites, Stream stream, ExportOptions? options = null)
    {
        options ??= ExportOptions.Default;
        var headers = SiteTableLayout.Headers;
        var lonIndex = IndexOf(headers, SiteColumns.Lon);
        var latIndex = IndexOf(headers, SiteColumns.Lat);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var site in sites)
        {
            var cells = SiteTableLayout.Cells(site, options.CoordinateSystem);
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", site.Id.Value);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(cells[lonIndex].Number!.Value);
            json.WriteNumberValue(cells[latIndex].Number!.Value);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            for (var i = 0; i < headers.Count; i++)
            {
                if (i == lonIndex || i == latIndex)
                {
                    continue;
                }

                var c = cells[i];
                if (c.Number is double n)
                {
                    json.WriteNumber(headers[i], n);
                }
                else if (c.Flag is bool b)
                {
                    json.WriteBoolean(headers[i], b);
                }
                else
                {
                    json.WriteString(headers[i], c.Text);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The layout has no '{name}' column.");
    }
}
