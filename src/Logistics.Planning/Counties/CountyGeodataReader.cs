using System.Globalization;
using CsvHelper;
using Logistics.Core.Errors;
using Logistics.Core.Geo;

namespace Logistics.Planning.Counties;

/// <summary>
/// Reads the county geodata folder (counties.csv, townships_&lt;code&gt;.csv, villages_&lt;code&gt;.csv; UTF-8 CSV
/// with a header row, WGS84 <c>lon</c>/<c>lat</c>). Files are read in place. Every problem is collected and thrown
/// as one <see cref="DataValidationException"/> naming the file, row and column.
/// </summary>
public sealed class CountyGeodataReader
{
    public CountyGeodataReader(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
    }

    public string Directory { get; }

    public string CountiesFile => Path.Combine(Directory, "counties.csv");

    public string TownshipsFile(string countyCode) => Path.Combine(Directory, $"townships_{countyCode}.csv");

    public string VillagesFile(string countyCode) => Path.Combine(Directory, $"villages_{countyCode}.csv");

    public IReadOnlyList<CountyRecord> ReadCounties() =>
        Read(CountiesFile, ["code", "name", "lon", "lat", "boundary_file"], (row, get, errors) =>
        {
            var centre = Point(row, get, errors, CountiesFile, required: true);
            return centre is null ? null : new CountyRecord(get("code"), get("name"), centre.Value, get("boundary_file"));
        });

    public CountyRecord ReadCounty(string countyCode)
    {
        var counties = ReadCounties();
        return counties.FirstOrDefault(c => c.Code == countyCode)
            ?? throw new DataValidationException([new DataError(
                "unknown-county",
                $"County {countyCode} is not in counties.csv; known: {string.Join(", ", counties.Select(c => $"{c.Code} {c.Name}"))}.",
                File: CountiesFile,
                Column: "code",
                Value: countyCode)]);
    }

    public IReadOnlyList<TownshipRecord> ReadTownships(string countyCode)
    {
        var file = TownshipsFile(countyCode);
        return Read(file, ["code", "name", "type", "lon", "lat", "coord_source"], (row, get, errors) =>
        {
            var code = get("code");
            if (code.Length != 9 || !code.All(char.IsAsciiDigit) || !code.StartsWith(countyCode, StringComparison.Ordinal))
            {
                errors.Add(new DataError("bad-township-code", $"A township code has 9 digits and starts with {countyCode}.", File: file, Row: row, Column: "code", Value: code));
                return null;
            }

            return new TownshipRecord(row, code, get("name"), get("type"), Point(row, get, errors, file, required: false), get("coord_source"));
        });
    }

    public IReadOnlyList<VillageRecord> ReadVillages(string countyCode)
    {
        var file = VillagesFile(countyCode);
        return Read(file, ["code", "name", "name_short", "township_code", "ur_code", "lon", "lat", "coord_check"], (row, get, errors) =>
        {
            var code = get("code");
            if (code.Length != 12 || !code.All(char.IsAsciiDigit))
            {
                errors.Add(new DataError("bad-village-code", "A village code has 12 digits.", File: file, Row: row, Column: "code", Value: code));
                return null;
            }

            return new VillageRecord(row, code, get("name"), get("name_short"), get("township_code"), get("ur_code"), Point(row, get, errors, file, required: false), get("coord_check"));
        });
    }

    private static GeoPoint? Point(int row, Func<string, string> get, ErrorList errors, string file, bool required)
    {
        var lonText = get("lon");
        var latText = get("lat");
        if (lonText.Length == 0 && latText.Length == 0 && !required)
        {
            return null;
        }

        if (!double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
        {
            errors.Add(new DataError("bad-coordinate", "lon and lat must both be decimal degrees (WGS84).", File: file, Row: row, Column: double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "lat" : "lon", Value: $"{lonText},{latText}"));
            return null;
        }

        var p = new GeoPoint(lon, lat);
        if (!p.IsValidWgs84)
        {
            errors.Add(new DataError("bad-coordinate", "Longitude must be in −180…180 and latitude in −90…90.", File: file, Row: row, Column: "lon", Value: p.ToString()));
            return null;
        }

        return p;
    }

    private static List<T> Read<T>(string file, string[] required, Func<int, Func<string, string>, ErrorList, T?> map)
        where T : class
    {
        string text;
        try
        {
            text = File.ReadAllText(file, new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataValidationException([new DataError("unreadable-file", ex.Message, File: file)]);
        }

        var errors = new ErrorList();
        var result = new List<T>();
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default with { HasHeader = false, SkipEmptyLines = false });
        Dictionary<string, int>? columns = null;
        var row = 0;
        while (csv.Read())
        {
            row++;
            var cells = csv.Current.ToArray().Select(c => (c ?? string.Empty).Trim()).ToArray();
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < cells.Length; i++)
                {
                    columns.TryAdd(cells[i], i);
                }

                var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    throw new DataValidationException(missing.Select(c => new DataError("missing-column", $"The column '{c}' is required.", File: file, Row: row, Column: c)).ToList());
                }

                continue;
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            string Get(string column) => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i] : string.Empty;
            var item = map(row, Get, errors);
            if (item is not null)
            {
                result.Add(item);
            }
        }

        if (columns is null)
        {
            throw new DataValidationException([new DataError("empty-file", "The file has no header row.", File: file)]);
        }

        errors.ThrowIfAny();
        return result;
    }
}
