namespace Logistics.Planning.Import;

/// <summary>
/// The columns of a vehicles file and the Chinese and English headers accepted for each (matched as
/// <see cref="ColumnNames.Normalize"/> says; the camelCase field names of the scenario JSON match too).
/// </summary>
public static class VehicleColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string CapacityKg = "capacity_kg";
    public const string CapacityM3 = "capacity_m3";
    public const string CostPerKm = "cost_per_km";
    public const string CostPerHour = "cost_per_hour";
    public const string FixedCostPerDay = "fixed_cost_per_day";
    public const string SpeedFactor = "speed_factor";
    public const string HomeDepot = "home_depot";
    public const string Count = "count";
    public const string ShiftHours = "shift_hours";
    public const string ColdChain = "cold_chain";
    public const string Co2KgPerKm = "co2_kg_per_km";

    /// <summary>Columns a vehicles file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, CapacityKg, CapacityM3, HomeDepot];

    /// <summary>All columns in export order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Id, Name, CapacityKg, CapacityM3, CostPerKm, CostPerHour, FixedCostPerDay, SpeedFactor, HomeDepot, Count, ShiftHours, ColdChain, Co2KgPerKm];

    public static IReadOnlyList<(string Canonical, string[] Aliases)> Aliases { get; } =
    [
        (Id, ["编号", "车型编号", "vehicle_id", "type_id"]),
        (Name, ["名称", "车型", "车型名称"]),
        (CapacityKg, ["载重kg", "载重", "核定载质量kg", "capacity"]),
        (CapacityM3, ["容积m3", "容积", "volume_m3"]),
        (CostPerKm, ["每公里成本", "元每公里", "元/公里"]),
        (CostPerHour, ["每小时成本", "元每小时", "元/小时"]),
        (FixedCostPerDay, ["每日固定成本", "固定成本每日", "元/天"]),
        (SpeedFactor, ["速度系数"]),
        (HomeDepot, ["所属场站", "车场", "停靠点", "depot"]),
        (Count, ["数量", "车辆数", "台数"]),
        (ShiftHours, ["班次时长", "工作时长", "shift_length", "shift"]),
        (ColdChain, ["冷链"]),
        (Co2KgPerKm, ["碳排放kg每公里", "co2每公里"]),
    ];

    private static readonly Dictionary<string, string> Map = ColumnNames.Build(Aliases);

    /// <summary>The canonical column for a header as a file spells it, or null when it is not a vehicles column.</summary>
    public static string? Resolve(string header) => Map.GetValueOrDefault(ColumnNames.Normalize(header));
}
