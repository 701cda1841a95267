using System.Globalization;
using CsvHelper;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Timetables;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// The day's manifests (装卸清单) as CSV for Excel: UTF-8 with BOM, one header row whose cells carry the Chinese name
/// and the English one (<c>卸货kg drop_kg</c>, as the timetable CSV does), then one row per run, stop and goods class
/// (all four classes, zeros included, so every stop has the same rows). Sequence 0 is the depot: the goods loaded
/// there (装货) and on board leaving it; stops 1…n: what is dropped (the three down classes) and picked up (produce),
/// and what of that class is on board after the stop. Quantities: kg to 0.01, m³ to 0.001, invariant culture.
/// </summary>
public static class ManifestCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "日期 date", "星期 weekday", "线路 line", "类型 kind", "车辆 vehicle", "站序 seq", "站点编号 site", "站点名称 name",
        "到达 arrive", "发车 depart", "货类 goods", "卸货kg drop_kg", "卸货m³ drop_m3", "装货kg load_kg", "装货m³ load_m3",
        "车上kg on_board_kg", "车上m³ on_board_m3", "备注 note",
    ];

    /// <summary>Writes the CSV to a text writer (its encoding decides the bytes).</summary>
    public static void Write(DispatchDay day, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        WriteRows(day, csv);
    }

    /// <summary>Writes the CSV as UTF-8 with BOM.</summary>
    public static void Write(DispatchDay day, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true);
        WriteRows(day, csv);
    }

    public static void Write(DispatchDay day, string path)
    {
        using var stream = File.Create(path);
        Write(day, stream);
    }

    public static string ToText(DispatchDay day)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(day, writer);
        return writer.ToString();
    }

    /// <summary>The rows as text, runs in plan order, stops in order, goods classes in <see cref="GoodsClassNames.All"/> order.</summary>
    public static IEnumerable<string[]> Rows(DispatchDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var weekday = Weekdays.Chinese(day.Day);
        foreach (var run in day.Runs)
        {
            var line = run.Line;
            var vehicle = run.VehicleLabel ?? (line.Kind == LineKind.CoModal ? "客车 bus" : string.Empty);
            string[] Row(int seq, string site, string name, TimeOnly? arrive, TimeOnly? depart, GoodsClass goods, Quantity drop, Quantity load, Quantity onBoard, string note) =>
            [
                date, weekday, line.Id, LineKindNames.Chinese(line.Kind), vehicle, seq.ToString(CultureInfo.InvariantCulture), site, name,
                arrive is TimeOnly a ? TimetableText.Clock(a) : string.Empty, depart is TimeOnly d ? TimetableText.Clock(d) : string.Empty,
                $"{GoodsClassNames.Chinese(goods)} {GoodsClassNames.Code(goods)}", Kg(drop.Kg), M3(drop.M3), Kg(load.Kg), M3(load.M3), Kg(onBoard.Kg), M3(onBoard.M3), note,
            ];

            var depotName = day.DayScenario.TryGetSite(line.HomeDepot, out var depot) ? depot.Name : line.HomeDepot.Value;
            var changed = run.VehicleChanged ? $"改派 reassigned from {run.PlannedVehicleLabel}" : string.Empty;
            foreach (var goods in GoodsClassNames.All)
            {
                var loaded = run.LoadedAtDepot.Get(goods);
                yield return Row(0, line.HomeDepot.Value, depotName, null, line.Departure, goods, Quantity.Zero, loaded, loaded, changed);
            }

            foreach (var stop in run.Stops)
            {
                var note = stop.MovedFrom is string from
                    ? $"由 {from} 调入 moved from {from}"
                    : stop.PlannedArrival is TimeOnly p && p != stop.Arrival ? $"计划 planned {TimetableText.Clock(p)}" : string.Empty;
                foreach (var goods in GoodsClassNames.All)
                {
                    var q = stop.Goods.Get(goods);
                    var up = GoodsClassNames.IsUp(goods);
                    yield return Row(stop.Sequence, stop.Site.Value, stop.SiteName, stop.Arrival, stop.Departure, goods,
                        up ? Quantity.Zero : q, up ? q : Quantity.Zero, stop.OnBoard.Get(goods), note);
                }
            }
        }
    }

    private static void WriteRows(DispatchDay day, CsvWriter csv)
    {
        csv.WriteHeader(Header.ToArray());
        foreach (var row in Rows(day))
        {
            csv.WriteRecord(row);
        }
    }

    private static string Kg(double kg) => Clean(kg).ToString("0.##", CultureInfo.InvariantCulture);

    private static string M3(double m3) => Clean(m3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Rounding noise of the shares (−1e-13) printed as 0, not −0.</summary>
    private static double Clean(double x) => Math.Abs(x) < 1e-9 ? 0 : x;
}
