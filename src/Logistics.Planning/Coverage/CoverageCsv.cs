using System.Globalization;
using System.Text;

namespace Logistics.Planning.Coverage;

/// <summary>
/// Writes a <see cref="CoverageReport"/> as CSV, one row per village (RFC 4180 quoting, invariant numbers, bilingual
/// headers): the nearest outlet by distance and by time (time empty when no outlet can be driven to), the visits its
/// nearest outlet must get and, with a line plan, gets (count and days), and 1/0 per threshold.
/// </summary>
public static class CoverageCsv
{
    public static void Write(TextWriter writer, CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var header = new List<string>
        {
            "编号 id", "名称 name", "层级 tier", "乡镇代码 township_code", "人口 population",
            "最近网点编号 nearest_outlet_id", "最近网点 nearest_outlet", "直线距离 distance_km",
            "车程最近网点编号 nearest_by_time_id", "车程 time_min", "要求频次 required_visits_per_week",
            "每周频次 visits_per_week", "班期 visit_days",
        };
        header.AddRange(report.Thresholds.Select(t => $"覆盖 covered {t}"));
        WriteRow(writer, header);
        foreach (var v in report.Villages)
        {
            var row = new List<string>
            {
                v.Village.Id.Value,
                v.Village.Name,
                Network.SiteTierNames.Code(v.Village.Tier),
                v.Village.TownshipCode,
                v.Village.Population.ToString(c),
                v.NearestByDistance?.Id.Value ?? string.Empty,
                v.NearestByDistance?.Name ?? string.Empty,
                v.NearestByDistance is null ? string.Empty : v.Distance.Kilometres.ToString("0.###", c),
                v.NearestByTime?.Id.Value ?? string.Empty,
                v.NearestByTime is null ? string.Empty : v.Time.Minutes.ToString("0.#", c),
                v.RequiredVisitsPerWeek.ToString(c),
                v.WeeklyVisits?.ToString(c) ?? string.Empty,
                v.VisitDays?.ToChinese() ?? string.Empty,
            };
            row.AddRange(v.Covered.Select(b => b ? "1" : "0"));
            WriteRow(writer, row);
        }
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write("\r\n");
    }

    private static string Quote(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        var sb = new StringBuilder(field.Length + 2).Append('"');
        sb.Append(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        return sb.Append('"').ToString();
    }
}
