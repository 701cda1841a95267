namespace Logistics.Spatial.Coverage;

/// <summary>What a <see cref="CoverageThreshold"/> limits.</summary>
public enum CoverageThresholdKind
{
    /// <summary>Straight-line (great-circle) distance in metres.</summary>
    Distance,

    /// <summary>Estimated driving time in seconds.</summary>
    TravelTime,
}
