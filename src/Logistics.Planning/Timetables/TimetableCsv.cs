using System.Globalization;
using CsvHelper;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Timetables;

/// <summary>
/// The line timetables as CSV for Excel: UTF-8 with BOM (so Excel shows the Chinese), one row per depot departure,
/// stop and return, bilingual header.
/// </summary>
public static class TimetableCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["线路 line", "类型 kind", "班期 days", "站序 seq", "站点编号 site", "站点名称 name", "到达 arrive", "发车 depart", "时刻 timetable"];

    /// <summary>Writes the CSV to a text writer (its encoding decides the bytes).</summary>
    public static void Write(LinePlan plan, Scenario scenario, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        WriteRows(plan, scenario, csv);
    }

    /// <summary>Writes the CSV as UTF-8 with BOM.</summary>
    public static void Write(LinePlan plan, Scenario scenario, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true);
        WriteRows(plan, scenario, csv);
    }

    public static void Write(LinePlan plan, Scenario scenario, string path)
    {
        using var stream = File.Create(path);
        Write(plan, scenario, stream);
    }

    public static string ToText(LinePlan plan, Scenario scenario)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(plan, scenario, writer);
        return writer.ToString();
    }

    private static void WriteRows(LinePlan plan, Scenario scenario, CsvWriter csv)
    {
        csv.WriteHeader(Header.ToArray());
        foreach (var row in Rows(plan, scenario))
        {
            csv.WriteRecord(row);
        }
    }

    /// <summary>The table's rows as text, in line then stop order (shared with <see cref="TimetableXlsx"/>).</summary>
    internal static IEnumerable<string[]> Rows(LinePlan plan, Scenario scenario)
    {
        foreach (var table in Timetable.ForLines(plan, scenario))
        {
            foreach (var row in table.Rows)
            {
                yield return
                [
                    row.LineId,
                    LineKindNames.Chinese(row.Kind),
                    row.Days.ToChinese(),
                    row.Sequence.ToString(CultureInfo.InvariantCulture),
                    row.Site.Value,
                    row.SiteName,
                    row.Arrival is TimeOnly a ? TimetableText.Clock(a) : string.Empty,
                    row.Departure is TimeOnly d ? TimetableText.Clock(d) : string.Empty,
                    row.Chinese,
                ];
            }
        }
    }
}
