using System.Globalization;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Timetables;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// The day's dispatch as readable text (Chinese first, English after): each run with its vehicle and times, the load
/// leaving the depot, each stop's drop and pick-up by class and the load on board after it; then the moved stops, the
/// stops not served with their reasons, the late orders and the check of the day.
/// </summary>
public static class ManifestText
{
    public static void Write(DispatchDay day, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"调度日期 {day.Date:yyyy-MM-dd} {Weekdays.Chinese(day.Day)} / Dispatch for {day.Date:yyyy-MM-dd} ({day.Day}): {day.Runs.Count} 班 run(s)"));
        foreach (var run in day.Runs)
        {
            var line = run.Line;
            var vehicle = run.VehicleLabel ?? (line.Kind == LineKind.CoModal ? "客车 bus" : "未分配车辆 / no vehicle free");
            var notes = (run.VehicleChanged ? $"，改派 / reassigned from {run.PlannedVehicleLabel}" : string.Empty) + (run.Retimed ? "，时刻调整 / retimed" : string.Empty);
            output.WriteLine($"{line.Id}{(line.Name.Length > 0 ? " " + line.Name : string.Empty)} [{LineKindNames.Chinese(line.Kind)} / {LineKindNames.Code(line.Kind)}] {vehicle} {TimetableText.Clock(line.Departure)}–{TimetableText.Clock(line.Return)}{notes}");
            output.WriteLine($"   0  {TimetableText.Clock(line.Departure)}        {line.HomeDepot.Value} 装车 / loaded {Amount(run.LoadAtDepot)}{Classes(run.LoadedAtDepot, down: true)}");
            foreach (var s in run.Stops)
            {
                var moved = s.MovedFrom is string from ? $"（由 {from} 调入 / from {from}）" : s.PlannedArrival is TimeOnly p && p != s.Arrival ? $"（计划 / planned {TimetableText.Clock(p)}）" : string.Empty;
                output.WriteLine(string.Create(c,
                    $"  {s.Sequence,2}  {TimetableText.Clock(s.Arrival)}–{TimetableText.Clock(s.Departure)}  {s.Site.Value} {s.SiteName}{moved}  卸 drop {Amount(s.Drop)}{Classes(s.Goods, down: true)} · 装 pick {Amount(s.Pick)} · 车上 on board {Amount(s.Load)}"));
            }
        }

        if (day.Moves.Count > 0)
        {
            output.WriteLine("调整的站点 / Moved stops:");
            foreach (var m in day.Moves)
            {
                var how = m.ToLine == m.FromLine ? $"整条线路改由 {m.ToVehicle} 执行 / line run by {m.ToVehicle}" : $"并入 {m.ToLine}（{m.ToVehicle}）/ into {m.ToLine} ({m.ToVehicle})";
                output.WriteLine(string.Create(c, $"  {m.FromLine} {m.Site.Value} → {how}{(m.ExtraKm > 0 ? $", +{m.ExtraKm:0.#} km" : string.Empty)}"));
            }
        }

        if (day.Unserved.Count > 0)
        {
            output.WriteLine("未能服务 / Not served:");
            foreach (var u in day.Unserved)
            {
                output.WriteLine($"  {u}（{Amount(u.Goods.Down)} 下行 down, {Amount(u.Goods.Up)} 上行 up）");
            }
        }

        if (day.LateOrders.Count > 0)
        {
            output.WriteLine("追加订单 / Late orders:");
            foreach (var o in day.LateOrders)
            {
                output.WriteLine($"  {o}");
            }
        }

        if (!day.PlanMatchesScenario)
        {
            output.WriteLine("warning: the plan was made for another version of the scenario / 方案与情景版本不符");
        }

        foreach (var v in day.Verification.Violations)
        {
            output.WriteLine(v.ToString());
        }

        output.WriteLine(day.Verification.IsClean
            ? string.Create(c, $"当日核验通过 / Day check clean ({day.NotApplicable.Count} weekly visit finding(s) do not apply to one day)")
            : string.Create(c, $"当日核验未通过 / Day check: {day.Verification.Violations.Count} violation(s)"));
    }

    public static string ToText(DispatchDay day)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(day, writer);
        return writer.ToString();
    }

    private static string Amount(Quantity q) => string.Create(CultureInfo.InvariantCulture, $"{Clean(q.Kg):0.#} kg {Clean(q.M3):0.##} m³");

    private static string Classes(DailyDemand goods, bool down)
    {
        var parts = GoodsClassNames.All.Where(g => GoodsClassNames.IsUp(g) != down && goods.Get(g).Kg > 1e-9)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{GoodsClassNames.Chinese(g)} {goods.Get(g).Kg:0.#}"))
            .ToArray();
        return parts.Length > 1 ? $"（{string.Join("、", parts)}）" : string.Empty;
    }

    private static double Clean(double x) => Math.Abs(x) < 1e-9 ? 0 : x;
}
