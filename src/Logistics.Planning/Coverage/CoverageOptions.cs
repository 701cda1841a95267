using Logistics.Planning.Verification;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Travel;

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
    /// Where travel times come from: a road provider (<see cref="RoadGraphTravelTimeProvider"/>,
    /// <see cref="OsrmTravelTimeProvider"/>, or <see cref="TravelTimesFactory.Roads"/>); null uses the scenario's own
    /// parameters (straight line × CircuityFactor at AverageSpeedKmh, <see cref="StraightLineTravelTimeProvider"/>).
    /// </summary>
    public ITravelTimeProvider? TravelTimes { get; init; }

    /// <summary>A village or outlet farther than this from its road is warned about (road providers only).</summary>
    public double SnapWarningMetres { get; init; } = TravelWarnings.DefaultSnapWarningMetres;

    /// <summary>The provider to use for <paramref name="scenario"/>.</summary>
    public ITravelTimeProvider TravelTimesFor(Network.Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return TravelTimes ?? TravelTimesFactory.StraightLine(scenario);
    }
}
