namespace Logistics.Planning.Kpis;

/// <summary>The labels of the plan KPIs for the CLI and the web app, in display order (Chinese first).</summary>
public static class KpiLabels
{
    public static readonly KpiLabel Runs = new("runs", "每周班次", "Line runs per week", "");
    public static readonly KpiLabel Km = new("km", "每周行驶里程", "Km per week", "km");
    public static readonly KpiLabel VehicleHours = new("vehicle-hours", "每周车辆工时", "Vehicle-hours per week", "h");
    public static readonly KpiLabel VehiclesUsed = new("vehicles-used", "使用车辆", "Vehicles used", "辆 vehicles");
    public static readonly KpiLabel Cost = new("cost", "每周成本", "Cost per week", "元 CNY");
    public static readonly KpiLabel FixedCost = new("fixed-cost", "其中车辆固定成本", "of which vehicle fixed cost", "元 CNY");
    public static readonly KpiLabel Co2 = new("co2", "每周二氧化碳排放", "CO₂ per week", "kg");
    public static readonly KpiLabel LoadFactorKg = new("load-factor-kg", "实载率（吨公里）", "Load factor (tonne-km)", "%");
    public static readonly KpiLabel LoadFactorM3 = new("load-factor-m3", "容积利用率（立方米公里）", "Volume factor (m³-km)", "%");
    public static readonly KpiLabel PeakLoadKg = new("peak-load-kg", "平均最大装载率（重量）", "Average peak load / capacity (kg)", "%");
    public static readonly KpiLabel PeakLoadM3 = new("peak-load-m3", "平均最大装载率（容积）", "Average peak load / capacity (m³)", "%");
    public static readonly KpiLabel VisitShare = new("visit-share", "村级网点到访频次达标比例", "Share of village outlets by visits a week", "%");

    public static readonly KpiLabel DemandDown = new("demand-down", "下行货物运达（工业品下乡）", "Goods down carried", "t/周 t/week");
    public static readonly KpiLabel DemandUp = new("demand-up", "上行农产品运出（农产品进城）", "Produce up carried", "t/周 t/week");
    public static readonly KpiLabel CostPerTonne = new("cost-per-tonne", "每吨运行成本（上下行合计）", "Running cost per tonne carried (down + up)", "元/吨 CNY/t");
    public static readonly KpiLabel LightTrunks = new("light-one-station-trunks", "单站且装载率低于30%的干线", "One-station trunk lines below 30 % full", "条 lines");

    public static IReadOnlyList<KpiLabel> All { get; } =
        [Runs, Km, VehicleHours, VehiclesUsed, Cost, FixedCost, Co2, LoadFactorKg, LoadFactorM3, PeakLoadKg, PeakLoadM3, VisitShare, DemandDown, DemandUp, CostPerTonne, LightTrunks];
}
