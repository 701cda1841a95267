namespace Logistics.Planning.Network;

/// <summary>Planning parameters of a scenario.</summary>
public sealed record ScenarioParameters
{
    public static readonly ScenarioParameters Default = new();

    /// <summary>Road distance / straight-line distance, used when no road network is loaded (hills: 1.3–1.8).</summary>
    public double CircuityFactor { get; init; } = 1.5;

    /// <summary>Average speed on the road network when no road data is loaded, km/h.</summary>
    public double AverageSpeedKmh { get; init; } = 35;

    /// <summary>Time spent at an outlet per visit.</summary>
    public TimeSpan ServiceTimeOutlet { get; init; } = TimeSpan.FromMinutes(8);

    /// <summary>Time spent at a township station per visit of a trunk line.</summary>
    public TimeSpan ServiceTimeStation { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Transfer handling time at a station between a trunk and a feeder line.</summary>
    public TimeSpan TransferHandlingTime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The maximum distance of a village from its township station before it is flagged, km.</summary>
    public double MaxVillageToTownshipKm { get; init; } = 40;

    /// <summary>The seed for everything random in planning.</summary>
    public int Seed { get; init; } = 1;
}
