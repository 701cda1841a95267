using Logistics.Planning.Export;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Timetables;

/// <summary>
/// The line timetables as an Excel sheet 时刻表: the same columns as <see cref="TimetableCsv"/>, the stop sequence as a
/// number, arrival and departure as time cells (hh:mm), so that Excel sorts and subtracts them.
/// </summary>
public static class TimetableXlsx
{
    public const string SheetName = "时刻表";

    public static void Write(LinePlan plan, Scenario scenario, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var rows = TimetableCsv.Rows(plan, scenario).Select(r => r.Select((text, i) => i switch
        {
            3 => ExportCell.Of(double.Parse(text, c)),
            6 or 7 when text.Length > 0 => ExportCell.Of(TimeOnly.ParseExact(text, "HH:mm", c)),
            _ => ExportCell.Of(text),
        }).ToArray());
        TableOutput.WriteXlsx(TimetableCsv.Header, rows, stream, SheetName);
    }

    public static void Write(LinePlan plan, Scenario scenario, string path)
    {
        using var stream = File.Create(path);
        Write(plan, scenario, stream);
    }
}
