using Logistics.Spatial.Coverage;

namespace Logistics.Planning.Coverage;

/// <summary>Settings of a coverage analysis (<see cref="CoverageAnalyzer"/>).</summary>
public sealed record CoverageOptions
{
    /// <summary>The thresholds to report: e.g. 3 km and 15 min. At least one.</summary>
    public IReadOnlyList<CoverageThreshold> Thresholds { get; init; } =
        [CoverageThreshold.Parse("3km"), CoverageThreshold.Parse("15min")];

    /// <summary>Whether township stations also serve as outlets for the villages around them (default: yes).</summary>
    public bool StationsAreOutlets { get; init; } = true;

    /// <summary>
    /// The travel-time estimate; null uses the scenario's own parameters (straight line × CircuityFactor at
    /// AverageSpeedKmh, <see cref="CircuityTravelTimeEstimator"/>).
    /// </summary>
    public ITravelTimeEstimator? TravelTime { get; init; }

    /// <summary>The estimator to use for <paramref name="scenario"/>.</summary>
    public ITravelTimeEstimator TravelTimeFor(Network.Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return TravelTime ?? new CircuityTravelTimeEstimator(scenario.Parameters.CircuityFactor, scenario.Parameters.AverageSpeedKmh);
    }
}
