using System.Globalization;
using Logistics.Web.Localization;

namespace Logistics.Web.Kpis;

/// <summary>
/// The figures of a line plan shown on the Lines page and side by side on the Scenarios page, in this order: lines,
/// lines by kind, weekly km, vehicle-hours, vehicles used, cost, CO₂, load factor, outlets visited as often as required, sites not
/// served, the price of consistency (when the planner computed it) and the verifier's status.
/// </summary>
public static class PlanFigures
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IReadOnlyList<PlanFigure> All { get; } =
    [
        new("lines", "线路数", "Lines", (k, _) => k.Lines.ToString("N0", Inv)),
        new("kinds", "干线 / 支线 / 直达 / 客货邮", "Trunk / feeder / direct / co-modal", (k, _) => $"{k.Trunks} / {k.Feeders} / {k.Direct} / {k.CoModal}"),
        new("km", "每周行驶里程（公里）", "Km a week", (k, _) => k.WeeklyKm.ToString("N0", Inv)),
        new("hours", "每周车辆工时（小时）", "Vehicle-hours a week", (k, _) => k.WeeklyHours.ToString("N1", Inv)),
        new("vehicles", "使用车辆", "Vehicles used", (k, _) => k.VehiclesUsed.ToString("N0", Inv)),
        new("cost", "每周成本（元）", "Cost a week (CNY)", (k, _) => k.WeeklyCost.ToString("N0", Inv)),
        new("co2", "每周二氧化碳（千克）", "CO₂ a week (kg)", (k, _) => k.WeeklyCo2Kg.ToString("N0", Inv)),
        new("load", "实载率（吨公里）", "Load factor (tonne-km)", (k, _) => k.LoadFactorKg.ToString("P0", Inv)),
        new("visits", "达到要求到访次数的村级站点", "Outlets visited as often as required", (k, _) =>
            $"{k.RequiredVisitShare.ToString("P0", Inv)} ({k.OutletsMeetingRequired}/{k.Outlets})"),
        new("demand-down", "下行货物运达（工业品下乡，吨/周）", "Goods down carried (t a week)", (k, l) => Carried(k.Demand, d => (d.DownCarriedTonnes, d.DownTotalTonnes, d.DownShare), l)),
        new("demand-up", "上行农产品运出（农产品进城，吨/周）", "Produce up carried (t a week)", (k, l) => Carried(k.Demand, d => (d.UpCarriedTonnes, d.UpTotalTonnes, d.UpShare), l)),
        new("not-carried", "需求未被运送的站点", "Sites whose demand no line carries", (k, l) => k.Demand is { } d ? d.SitesNotCarried.ToString("N0", Inv) : l.T("未计算", "not computed")),
        new("unplanned", "未能安排的站点", "Sites not served", (k, _) => k.Unplanned.ToString("N0", Inv)),
        new("consistency", "固定线路的代价", "Price of consistency", (k, l) => k.Consistency is { } c
            ? l.T(
                $"比逐日路线 {c.ExtraCostShare.ToString("+0.0%;-0.0%", Inv)}（每周 {c.ExtraCost.ToString("+#,0;-#,0;0", Inv)} 元，{c.ExtraKm.ToString("+#,0;-#,0;0", Inv)} 公里）",
                $"{c.ExtraCostShare.ToString("+0.0%;-0.0%", Inv)} vs daily routes ({c.ExtraCost.ToString("+#,0;-#,0;0", Inv)} CNY, {c.ExtraKm.ToString("+#,0;-#,0;0", Inv)} km a week)")
            : l.T("未计算", "not computed")),
        new("verification", "核验", "Verifier", (k, l) => k.Verified
            ? l.T("✔ 核验通过", "✔ verified clean")
            : l.T($"✘ {k.Violations} 个问题", $"✘ {k.Violations} finding(s)")),
    ];

    private static string Carried(DemandSummary? demand, Func<DemandSummary, (double Carried, double Total, double Share)> pick, UiText l)
    {
        if (demand is null)
        {
            return l.T("未计算", "not computed");
        }

        var (carried, total, share) = pick(demand);
        return $"{carried.ToString("N1", Inv)} / {total.ToString("N1", Inv)} ({share.ToString("P1", Inv)})";
    }
}
