using Logistics.Planning.Network;

namespace Logistics.Planning.Import;

/// <summary>
/// The columns of a sites file (CSV, XLSX, or GeoJSON properties) and the Chinese and English headers
/// accepted for each. Headers match as <see cref="ColumnNames.Normalize"/> says. The canonical names are the
/// field names <see cref="ScenarioValidator"/> uses, and what the exporters write.
/// </summary>
public static class SiteColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Tier = "tier";
    public const string TownshipCode = "township_code";
    public const string VillageCode = "village_code";
    public const string Lon = "lon";
    public const string Lat = "lat";
    public const string Crs = "crs";
    public const string Estimated = "estimated";
    public const string Open = "open";
    public const string Close = "close";
    public const string VisitsPerWeek = "visits_per_week";
    public const string Population = "population";
    public const string Households = "households";

    /// <summary>Short demand form: kg delivered per day (split into consumer goods, farm inputs and parcels).</summary>
    public const string DownKgPerDay = "down_kg_per_day";

    /// <summary>Short demand form: kg of produce collected per day.</summary>
    public const string UpKgPerDay = "up_kg_per_day";

    /// <summary>Short demand form, optional: m³ delivered per day (derived from kg when absent).</summary>
    public const string DownM3PerDay = "down_m3_per_day";

    /// <summary>Short demand form, optional: m³ of produce collected per day (derived from kg when absent).</summary>
    public const string UpM3PerDay = "up_m3_per_day";

    /// <summary>Columns a sites file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Name, Tier, Lon, Lat];

    /// <summary>The non-demand columns in export order.</summary>
    public static IReadOnlyList<string> Basic { get; } =
        [Id, Name, Tier, TownshipCode, VillageCode, Lon, Lat, Crs, Estimated, Open, Close, VisitsPerWeek, Population, Households];

    /// <summary>The short demand columns.</summary>
    public static IReadOnlyList<string> ShortDemand { get; } = [DownKgPerDay, UpKgPerDay, DownM3PerDay, UpM3PerDay];

    /// <summary>Every accepted header per column, for documentation and the <c>--help</c> text.</summary>
    public static IReadOnlyList<(string Canonical, string[] Aliases)> Aliases { get; } =
    [
        (Id, ["编号", "站点编号", "site_id", "id号"]),
        (Name, ["名称", "站点名称", "站名"]),
        (Tier, ["层级", "类型", "站点类型", "级别", "type", "level"]),
        (TownshipCode, ["乡镇代码", "乡镇编码", "township", "townshipcode"]),
        (VillageCode, ["村代码", "村级代码", "村编码", "villagecode"]),
        (Lon, ["经度", "longitude", "lng", "long", "x"]),
        (Lat, ["纬度", "latitude", "y"]),
        (Crs, ["坐标系", "coordinate_system", "srs", "datum"]),
        (Estimated, ["located", "位置估计", "估计位置", "location_estimated", "坐标估计"]),
        (Open, ["营业开始", "开门时间", "开始时间", "open_time", "opens"]),
        (Close, ["营业结束", "关门时间", "结束时间", "close_time", "closes"]),
        (VisitsPerWeek, ["每周服务次数", "每周次数", "visits", "required_visits_per_week"]),
        (Population, ["人口", "常住人口"]),
        (Households, ["户数", "户"]),
        (DownKgPerDay, ["日均下行kg", "下行kg每日", "每日下行kg"]),
        (UpKgPerDay, ["日均上行kg", "上行kg每日", "每日上行kg"]),
        (DownM3PerDay, ["日均下行m3", "下行m3每日", "每日下行m3"]),
        (UpM3PerDay, ["日均上行m3", "上行m3每日", "每日上行m3"]),
    ];

    private static readonly Dictionary<string, string> Map = ColumnNames.Build(
        Aliases.Concat(DemandColumns.All.Select(d => (d.Name, Array.Empty<string>()))));

    /// <summary>The canonical column for a header as a file spells it, or null when it is not a sites column.</summary>
    public static string? Resolve(string header) => Map.GetValueOrDefault(ColumnNames.Normalize(header));

    /// <summary>True for the 56 long demand columns <c>demand_{day}_{goods}_{unit}</c>.</summary>
    public static bool IsLongDemand(string canonical) => canonical.StartsWith("demand_", StringComparison.Ordinal);
}
