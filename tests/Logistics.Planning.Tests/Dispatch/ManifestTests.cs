using System.Globalization;
using System.Text;
using Logistics.Planning.Dispatch;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Lines;

namespace Logistics.Planning.Tests.Dispatch;

/// <summary>The manifests of the fixture's Tuesday as CSV and as text.</summary>
public sealed class ManifestTests
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    private static (LinePlan Plan, Scenario Scenario, DispatchDay Day) Tuesdays()
    {
        var scenario = LineFixture.Scenario();
        var plan = LineFixture.Plan(scenario);
        return (plan, scenario, DispatchPlanner.Plan(plan, scenario, LineFixture.Travel(), new DispatchRequest(Tuesday)));
    }

    [Fact]
    public void Csv_rows_add_up_to_the_assignment_totals_per_line_and_class()
    {
        var (plan, scenario, day) = Tuesdays();
        var weekly = DemandAssignment.Compute(plan, scenario);
        var rows = ManifestCsv.Rows(day).ToArray();

        // Depot and each stop, four classes each: T1 and T2 2 stops, F1 3 stops.
        Assert.Equal(4 * (3 + 3 + 4), rows.Length);
        Assert.All(rows, r => Assert.Equal(ManifestCsv.Header.Count, r.Length));
        foreach (var line in day.DayPlan.Lines)
        {
            var total = weekly.TotalByClass(plan[line.Id], DayOfWeek.Tuesday);
            foreach (var goods in GoodsClassNames.All)
            {
                var ofClass = rows.Where(r => r[2] == line.Id && r[10].EndsWith(" " + GoodsClassNames.Code(goods), StringComparison.Ordinal) && r[5] != "0").ToArray();
                var dropped = ofClass.Sum(r => double.Parse(r[11], CultureInfo.InvariantCulture));
                var picked = ofClass.Sum(r => double.Parse(r[13], CultureInfo.InvariantCulture));
                Assert.Equal(GoodsClassNames.IsUp(goods) ? 0 : total.Get(goods).Kg, dropped, 2);
                Assert.Equal(GoodsClassNames.IsUp(goods) ? total.Get(goods).Kg : 0, picked, 2);
            }
        }

        // F1 leaves S1 with 360 kg of consumer goods; after A1 240 are left, and 80 kg of produce are on board.
        var f1 = rows.Where(r => r[2] == "F1").ToArray();
        Assert.Equal(["2026-11-24", "周二", "F1", "支线", "van-s1#1", "0", "S1", "龙潭镇站", "", "09:25", "日用消费品 consumer", "0", "0", "360", "2.4", "360", "2.4", ""], f1[0]);
        Assert.Equal("240", f1.Single(r => r[5] == "1" && r[10].EndsWith("consumer", StringComparison.Ordinal))[15]);
        Assert.Equal("80", f1.Single(r => r[5] == "1" && r[10].EndsWith("produce", StringComparison.Ordinal))[15]);
    }

    [Fact]
    public void Csv_file_has_a_bom_and_a_bilingual_header()
    {
        var (_, _, day) = Tuesdays();
        using var stream = new MemoryStream();
        ManifestCsv.Write(day, stream);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("日期 date,星期 weekday,线路 line,类型 kind,车辆 vehicle,站序 seq", text, StringComparison.Ordinal);
        Assert.Equal(1 + 40, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Text_form_shows_loads_moves_and_reasons()
    {
        var (_, _, day) = Tuesdays();
        var text = ManifestText.ToText(day);
        Assert.Contains("调度日期 2026-11-24 周二 / Dispatch for 2026-11-24 (Tuesday): 3 班 run(s)", text, StringComparison.Ordinal);
        Assert.Contains("F1 [支线 / feeder] van-s1#1 09:25–10:50", text, StringComparison.Ordinal);
        Assert.Contains("   0  09:25        S1 装车 / loaded 600 kg 4.8 m³（日用消费品 360、农资 120、快递包裹 120）", text, StringComparison.Ordinal);
        Assert.Contains("A1 A1村服务社  卸 drop 200 kg 1.6 m³", text, StringComparison.Ordinal);
        Assert.Contains("车上 on board 480 kg", text, StringComparison.Ordinal);
        Assert.Contains("当日核验通过 / Day check clean", text, StringComparison.Ordinal);

        var scenario = LineFixture.Scenario();
        var late = DispatchPlanner.Plan(LineFixture.Plan(scenario), scenario, LineFixture.Travel(), new DispatchRequest(Tuesday)
        {
            Unavailable = [new VehicleRef(new Core.Ids.VehicleTypeId("van-s1"), 1)],
            LateOrders = [new LateOrder(new Core.Ids.SiteId("S1"), GoodsClass.Parcels, new Quantity(10, 0.03))],
        });
        var text2 = ManifestText.ToText(late);
        Assert.Contains("未能服务 / Not served:", text2, StringComparison.Ordinal);
        Assert.Contains("[no-vehicle] F1 A1 A1村服务社:", text2, StringComparison.Ordinal);
        Assert.Contains("[added] S1:", text2, StringComparison.Ordinal);
    }
}
