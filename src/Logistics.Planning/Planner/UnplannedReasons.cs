namespace Logistics.Planning.Planner;

/// <summary>The stable reason codes of <see cref="UnplannedSite"/>.</summary>
public static class UnplannedReasons
{
    /// <summary>No vehicle type is based at the site's station, and the hub has none that can go there.</summary>
    public const string NoVehicle = "no-vehicle";

    /// <summary>One visit's goods exceed every available vehicle even with visits every working day.</summary>
    public const string OverCapacity = "over-capacity";

    /// <summary>No vehicle of the depot can fit the line into its day (shift, opening hours, other lines).</summary>
    public const string NoTime = "no-time";

    /// <summary>The site belongs to no township with a station, and no station can reach it.</summary>
    public const string NoStation = "no-station";

    /// <summary>The site's line runs, but on its days no trunk line calls at its station, so its goods never get there.</summary>
    public const string NoTrunk = "no-trunk";

    /// <summary>The routing engine: no vehicle reaches the site within its opening hours and gets back within its shift.</summary>
    public const string OpeningHours = "opening-hours";

    /// <summary>The routing engine: the round trip to the site alone is longer than every vehicle's shift (or distance limit).</summary>
    public const string Shift = "shift";

    /// <summary>The site has demand but no required visits, and the planner was told not to visit such sites (<see cref="PlannerOptions.DemandOnlyVisitsPerWeek"/> = 0).</summary>
    public const string NotRequired = "not-required";

    /// <summary>The site cannot be reached from its depot on the road network.</summary>
    public const string Unreachable = "unreachable";
}
