namespace Logistics.Planning.Dispatch;

/// <summary>
/// Why a stop of an unavailable vehicle, or a late order, could not be served on the dispatch day. Stable codes for
/// reports and tests.
/// </summary>
public static class DispatchReasons
{
    /// <summary>No other line of the depot runs that day and no other vehicle of the type is free.</summary>
    public const string NoVehicle = "no-vehicle";

    /// <summary>The lines and vehicles that could take it have no room left (kg or m³).</summary>
    public const string OverCapacity = "over-capacity";

    /// <summary>Taking it would make a line or a vehicle's day longer than the driver's shift, or overlap its next line.</summary>
    public const string Shift = "shift";

    /// <summary>The service would end after the site (or a later stop) closes.</summary>
    public const string OpeningHours = "opening-hours";

    /// <summary>The change would break a trunk–feeder connection at a township station.</summary>
    public const string Transfer = "transfer";

    /// <summary>Late order: no line stops at the site on that day (the order waits for the next visit).</summary>
    public const string NotVisited = "not-visited";

    public static string Chinese(string code) => code switch
    {
        NoVehicle => "无可用车辆",
        OverCapacity => "超出载重或容积",
        Shift => "超出司机班次",
        OpeningHours => "超出营业时间",
        Transfer => "无法衔接干线",
        NotVisited => "当天无线路到达",
        _ => code,
    };

    public static string English(string code) => code switch
    {
        NoVehicle => "no vehicle available",
        OverCapacity => "no room (kg or m³)",
        Shift => "beyond the driver's shift",
        OpeningHours => "outside opening hours",
        Transfer => "breaks a trunk–feeder transfer",
        NotVisited => "no line stops there that day",
        _ => code,
    };
}
