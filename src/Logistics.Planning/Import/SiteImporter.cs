using System.Globalization;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Import;

/// <summary>
/// Imports sites (with demand) from a CSV, XLSX or GeoJSON file; see <see cref="SiteColumns"/> for the columns.
/// All or nothing: every parse problem of every row is collected, then the rules of
/// <see cref="ScenarioValidator.ValidateSites"/> run and their errors are mapped back to file row and column.
/// Coordinates are converted to WGS84 from the file's coordinate system (the option, or a per-row
/// <c>crs</c>/坐标系 column).
/// </summary>
public static class SiteImporter
{
    public static ImportResult<IReadOnlyList<Site>> Read(string path, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        SheetTable table;
        try
        {
            table = SheetFiles.Read(path, options, allowGeoJson: true);
        }
        catch (DataValidationException ex)
        {
            return ImportResult<IReadOnlyList<Site>>.Failure(ex.Errors);
        }

        return FromTable(table, options);
    }

    public static ImportResult<IReadOnlyList<Site>> FromTable(SheetTable table, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= ImportOptions.Default;
        var problems = new List<DataError>(table.ReadProblems);
        var map = ColumnMap.Build(table, SiteColumns.Resolve, SiteColumns.Required, Describe, problems);
        var useShort = map.Fields.Any(f => SiteColumns.ShortDemand.Contains(f));
        var longDemand = map.Fields.Where(SiteColumns.IsLongDemand).ToList();
        if (useShort && longDemand.Count > 0)
        {
            problems.Add(new DataError(
                "conflicting-columns",
                $"The file has both short demand columns ({string.Join(", ", SiteColumns.ShortDemand.Where(map.Has).Select(map.Header))}) and long ones ({map.Header(longDemand[0])} …); use one form.",
                File: table.FileName, Row: table.HeaderRow, Column: map.Header(longDemand[0])));
        }

        var rowsWithReadProblems = table.ReadProblems.Select(p => p.Entity).OfType<string>().ToHashSet();
        var parsed = new List<ParsedSite>();
        foreach (var row in table.Rows)
        {
            var p = ParseRow(row, map, options, useShort, rowsWithReadProblems.Contains(row.Entity ?? string.Empty), problems);
            if (p is not null)
            {
                parsed.Add(p);
            }
        }

        problems.AddRange(CheckRules(parsed, map, options.Parameters, useShort));
        AddEstimatedWarning(parsed, map, problems);
        var ordered = Order(problems);
        if (options.ExcludeBadRows)
        {
            var eligible = parsed.Where(p => p.Row.Number is int && BadRows.MayExclude(p.Site.Tier)).Select(p => p.Row.Number!.Value).ToHashSet();
            (ordered, var excluded) = RowExcluder.Exclude(ordered, eligible.Contains, errors => errors.All(BadRows.ExcludesSite));
            parsed.RemoveAll(p => p.Row.Number is int n && excluded.Contains(n));
        }

        if (ordered.Any(e => e.Severity == DataErrorSeverity.Error))
        {
            return ImportResult<IReadOnlyList<Site>>.Failure(ordered);
        }

        return ImportResult<IReadOnlyList<Site>>.Success(parsed.Select(p => p.Site).ToList(), ordered);
    }

    /// <summary>The accepted headers of a column, for messages.</summary>
    public static string Describe(string field)
    {
        var aliases = SiteColumns.Aliases.FirstOrDefault(a => a.Canonical == field).Aliases ?? [];
        return aliases.Length == 0 ? field : $"also {string.Join(", ", aliases)}";
    }

    private static ParsedSite? ParseRow(SheetRow row, ColumnMap map, ImportOptions options, bool useShort, bool hasReadProblem, List<DataError> problems)
    {
        var file = map.Table.FileName;
        var idText = map.Cell(row, SiteColumns.Id);
        var entity = row.Entity is null
            ? (idText.Length > 0 ? $"site {idText}" : null)
            : (idText.Length > 0 ? $"{row.Entity} (site {idText})" : row.Entity);
        var badFields = new HashSet<string>(StringComparer.Ordinal);

        void Error(string field, string code, string message)
        {
            badFields.Add(field);
            var value = map.Cell(row, field);
            problems.Add(new DataError(code, message, File: file, Row: row.Number, Column: map.Header(field), Value: value, Entity: entity));
        }

        if (idText.Length == 0 && map.Has(SiteColumns.Id))
        {
            Error(SiteColumns.Id, "missing-value", "The site id is empty; every row needs an id (编号).");
        }

        var tier = SiteTier.Village;
        var tierText = map.Cell(row, SiteColumns.Tier);
        if (map.Has(SiteColumns.Tier))
        {
            if (tierText.Length == 0)
            {
                Error(SiteColumns.Tier, "missing-value", $"The tier is empty; use one of {SiteTierNames.Accepted}.");
            }
            else if (!SiteTierNames.TryParse(tierText, out tier))
            {
                Error(SiteColumns.Tier, "unknown-tier", $"Unknown tier; use one of {SiteTierNames.Accepted}.");
                tier = SiteTier.Village;
            }
        }

        var crs = options.CoordinateSystem;
        var crsText = map.Cell(row, SiteColumns.Crs);
        var crsOk = true;
        if (crsText.Length > 0 && !CoordinateSystemNames.TryParse(crsText, out crs))
        {
            Error(SiteColumns.Crs, "unknown-crs", $"Unknown coordinate system; use one of {CoordinateSystemNames.Accepted} (also 高德/GCJ-02, 百度/BD-09, 国家2000, EPSG:4326, EPSG:4490), or leave it empty for the file's default ({CoordinateSystemNames.ToName(options.CoordinateSystem)}).");
            crsOk = false;
        }

        var location = new GeoPoint(double.NaN, double.NaN);
        var coordinatesOk = !hasReadProblem && map.Has(SiteColumns.Lon) && map.Has(SiteColumns.Lat);
        if (!hasReadProblem)
        {
            var lon = Coordinate(SiteColumns.Lon, "longitude (经度)");
            var lat = Coordinate(SiteColumns.Lat, "latitude (纬度)");
            coordinatesOk &= lon is not null && lat is not null;
            if (coordinatesOk && crsOk)
            {
                location = ChinaDatums.ToWgs84(new GeoPoint(lon!.Value, lat!.Value), crs);
            }
        }

        double? Coordinate(string field, string what)
        {
            if (!map.Has(field))
            {
                return null;
            }

            var text = map.Cell(row, field);
            if (text.Length == 0)
            {
                Error(field, "missing-value", $"The {what} is empty.");
                return null;
            }

            if (!CellParsers.TryNumber(text, out var v))
            {
                Error(field, "not-a-number", $"The {what} must be a number in decimal degrees, e.g. 107.7321.");
                return null;
            }

            return v;
        }

        var estimated = false;
        if (!CellParsers.TryBoolean(map.Cell(row, SiteColumns.Estimated), out estimated))
        {
            Error(SiteColumns.Estimated, "not-a-boolean", $"Expected yes or no ({CellParsers.AcceptedBooleans}).");
        }

        var open = Time(SiteColumns.Open, OpeningHours.Default.Open);
        var close = Time(SiteColumns.Close, OpeningHours.Default.Close);

        TimeOnly Time(string field, TimeOnly fallback)
        {
            var text = map.Cell(row, field);
            if (text.Length == 0)
            {
                return fallback;
            }

            if (CellParsers.TryTime(text, out var t))
            {
                return t;
            }

            Error(field, "bad-time", "Expected a time of day as HH:mm, e.g. 08:30.");
            return fallback;
        }

        int Integer(string field)
        {
            var text = map.Cell(row, field);
            if (text.Length == 0)
            {
                return 0;
            }

            if (CellParsers.TryInteger(text, out var v))
            {
                return v;
            }

            Error(field, CellParsers.TryNumber(text, out _) ? "not-an-integer" : "not-a-number", "Expected a whole number.");
            return 0;
        }

        double Number(string field)
        {
            var text = map.Cell(row, field);
            if (text.Length == 0)
            {
                return 0;
            }

            if (CellParsers.TryNumber(text, out var v))
            {
                return v;
            }

            Error(field, "not-a-number", "Expected a number (use a dot for decimals, e.g. 12.5).");
            return 0;
        }

        var visits = Integer(SiteColumns.VisitsPerWeek);
        var population = Integer(SiteColumns.Population);
        var households = Integer(SiteColumns.Households);
        WeeklyDemand demand;
        if (useShort)
        {
            var downKg = Number(SiteColumns.DownKgPerDay);
            var upKg = Number(SiteColumns.UpKgPerDay);
            double? downM3 = map.Has(SiteColumns.DownM3PerDay) ? Number(SiteColumns.DownM3PerDay) : null;
            double? upM3 = map.Has(SiteColumns.UpM3PerDay) ? Number(SiteColumns.UpM3PerDay) : null;
            demand = ShortDemandForm.ToWeekly(downKg, upKg, downM3, upM3);
        }
        else
        {
            var days = Enumerable.Repeat(DailyDemand.None, 7).ToArray();
            foreach (var (day, goods, volume, name) in DemandColumns.All)
            {
                if (!map.Has(name))
                {
                    continue;
                }

                var value = Number(name);
                var i = Weekdays.Index(day);
                var q = days[i].Get(goods);
                days[i] = days[i].With(goods, volume ? q with { M3 = value } : q with { Kg = value });
            }

            demand = days.All(d => d.Equals(DailyDemand.None)) ? WeeklyDemand.None : new WeeklyDemand(days);
        }

        if (idText.Length == 0)
        {
            return null;
        }

        var site = new Site
        {
            Id = new SiteId(idText),
            Name = map.Cell(row, SiteColumns.Name),
            Tier = tier,
            TownshipCode = map.Cell(row, SiteColumns.TownshipCode),
            VillageCode = map.Cell(row, SiteColumns.VillageCode),
            Location = location,
            LocationEstimated = estimated,
            OpeningHours = new OpeningHours(open, close),
            Demand = demand,
            RequiredVisitsPerWeek = visits,
            Population = population,
            Households = households,
        };
        return new ParsedSite(site, row, entity, badFields, coordinatesOk && crsOk);
    }

    /// <summary>Runs the scenario rules on the parsed sites and points each error at its row and column.</summary>
    private static List<DataError> CheckRules(List<ParsedSite> parsed, ColumnMap map, ScenarioParameters parameters, bool useShort)
    {
        var result = new List<DataError>();
        var perSite = new List<DataError>();
        foreach (var p in parsed)
        {
            foreach (var e in ScenarioValidator.ValidateSites([p.Site], parameters))
            {
                perSite.Add(e);
                Add(e, p, string.Empty);
            }
        }

        // What the whole list adds to the per-site checks: duplicate ids, villages far from their township.
        var remaining = perSite.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var byId = parsed.GroupBy(p => p.Site.Id.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var duplicateSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in ScenarioValidator.ValidateSites(parsed.Select(p => p.Site).ToList(), parameters))
        {
            if (remaining.TryGetValue(e, out var n) && n > 0)
            {
                remaining[e] = n - 1;
                continue;
            }

            var id = e.Entity is { } entity && entity.StartsWith("site ", StringComparison.Ordinal) ? entity[5..] : null;
            if (id is null || !byId.TryGetValue(id, out var rows))
            {
                result.Add(e with { File = map.Table.FileName });
                continue;
            }

            if (e.Code == "duplicate-id" && rows.Count > 1)
            {
                var k = duplicateSeen.GetValueOrDefault(id) + 1;
                duplicateSeen[id] = k;
                var target = rows[Math.Min(k, rows.Count - 1)];
                Add(e, target, $" It is first used on {Where(rows[0])}.");
            }
            else
            {
                Add(e, rows[0], string.Empty);
            }
        }

        return result;

        void Add(DataError e, ParsedSite p, string suffix)
        {
            var field = e.Column ?? string.Empty;
            var isLocation = field is SiteColumns.Lon or SiteColumns.Lat;
            var hoursUnparsed = e.Code == "bad-opening-hours" && (p.BadFields.Contains(SiteColumns.Open) || p.BadFields.Contains(SiteColumns.Close));
            var columnMissing = SiteColumns.Required.Contains(field) && !map.Has(field); // reported once, as missing-column
            if (p.BadFields.Contains(field) || (isLocation && !p.LocationParsed) || hoursUnparsed || columnMissing)
            {
                return; // already reported as a parse error of this cell
            }

            var column = ColumnFor(field, map, useShort);
            var value = isLocation
                ? $"{map.Cell(p.Row, SiteColumns.Lon)}, {map.Cell(p.Row, SiteColumns.Lat)}"
                : map.Has(column.Field) ? map.Cell(p.Row, column.Field) : e.Value;
            result.Add(e with
            {
                File = map.Table.FileName,
                Row = p.Row.Number,
                Column = column.Header,
                Value = value,
                Entity = p.Entity,
                Message = e.Message + suffix,
            });
        }
    }

    private static (string Field, string Header) ColumnFor(string field, ColumnMap map, bool useShort)
    {
        if (useShort && SiteColumns.IsLongDemand(field))
        {
            var up = field.Contains("_produce_", StringComparison.Ordinal);
            var volume = field.EndsWith("_m3", StringComparison.Ordinal);
            var shortField = (up, volume) switch
            {
                (false, false) => SiteColumns.DownKgPerDay,
                (true, false) => SiteColumns.UpKgPerDay,
                (false, true) => map.Has(SiteColumns.DownM3PerDay) ? SiteColumns.DownM3PerDay : SiteColumns.DownKgPerDay,
                (true, true) => map.Has(SiteColumns.UpM3PerDay) ? SiteColumns.UpM3PerDay : SiteColumns.UpKgPerDay,
            };
            return (shortField, map.Header(shortField));
        }

        if (field is SiteColumns.Lon or SiteColumns.Lat && map.Table.HeaderRow is null)
        {
            return (field, GeoJsonSheetReader.GeometryColumn);
        }

        return (field, map.Has(field) ? map.Header(field) : field);
    }

    private static string Where(ParsedSite p) =>
        p.Row.Number is int n ? string.Create(CultureInfo.InvariantCulture, $"row {n}") : p.Row.Entity ?? "another row";

    private static void AddEstimatedWarning(List<ParsedSite> parsed, ColumnMap map, List<DataError> problems)
    {
        var estimated = parsed.Where(p => p.Site.LocationEstimated).ToList();
        if (estimated.Count == 0)
        {
            return;
        }

        var shown = string.Join(", ", estimated.Take(10).Select(Where));
        var more = estimated.Count > 10 ? $" and {estimated.Count - 10} more" : string.Empty;
        problems.Add(new DataError(
            "estimated-location",
            $"{estimated.Count} site(s) have estimated positions (位置估计), not surveyed ones: {shown}{more}. Plans near them are approximate.",
            File: map.Table.FileName,
            Column: map.Header(SiteColumns.Estimated),
            Severity: DataErrorSeverity.Warning));
    }

    /// <summary>Header problems first, then by row; the order within a row is kept.</summary>
    private static List<DataError> Order(List<DataError> problems) =>
        problems.Select((p, i) => (p, i))
            .OrderBy(x => x.p.Row ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.p)
            .ToList();

    private sealed record ParsedSite(Site Site, SheetRow Row, string? Entity, HashSet<string> BadFields, bool LocationParsed);
}
