using Logistics.Spatial.Coverage;

namespace Logistics.Planning.Coverage;

/// <summary>
/// The coverage of a scenario's villages by its outlets: one row per village, county-wide and per-township shares at
/// each threshold, and the uncovered villages. Made by <see cref="CoverageAnalyzer"/>.
/// </summary>
public sealed class CoverageReport
{
    internal CoverageReport(
        IReadOnlyList<CoverageThreshold> thresholds,
        IReadOnlyList<Network.Site> outlets,
        IReadOnlyList<VillageCoverage> villages,
        IReadOnlyList<CoverageShare> county,
        IReadOnlyList<TownshipCoverage> townships,
        string travelTimes,
        bool followsRoads,
        bool hasPlan,
        IReadOnlyList<Core.Errors.DataError> warnings)
    {
        TravelTimes = travelTimes;
        FollowsRoads = followsRoads;
        HasPlan = hasPlan;
        Warnings = warnings;
        Thresholds = thresholds;
        Outlets = outlets;
        Villages = villages;
        County = county;
        Townships = townships;
    }

    public IReadOnlyList<CoverageThreshold> Thresholds { get; }

    /// <summary>Where the travel times came from (the provider's description).</summary>
    public string TravelTimes { get; }

    /// <summary>Whether the travel times followed a road network (graph or OSRM) rather than the straight line.</summary>
    public bool FollowsRoads { get; }

    /// <summary>Whether a line plan was given, so <see cref="VillageCoverage.VisitDays"/> are the planned visits.</summary>
    public bool HasPlan { get; }

    /// <summary>
    /// Road-data problems by site (far from any road, off the network, unreachable outlets) and a plan made for
    /// another scenario; empty for the straight line.
    /// </summary>
    public IReadOnlyList<Core.Errors.DataError> Warnings { get; }

    /// <summary>Villages from which no outlet can be driven to (road network only).</summary>
    public IReadOnlyList<VillageCoverage> Unreachable => Villages.Where(v => !v.ReachableByRoad).ToList();

    /// <summary>The sites that served as outlets (after a what-if change, if any), in scenario order.</summary>
    public IReadOnlyList<Network.Site> Outlets { get; }

    /// <summary>Every village, in scenario order.</summary>
    public IReadOnlyList<VillageCoverage> Villages { get; }

    /// <summary>County-wide shares, one per threshold.</summary>
    public IReadOnlyList<CoverageShare> County { get; }

    /// <summary>Per-township shares, by township code.</summary>
    public IReadOnlyList<TownshipCoverage> Townships { get; }

    /// <summary>The villages not covered at threshold <paramref name="thresholdIndex"/>, farthest first (unreachable ones first for a time).</summary>
    public IReadOnlyList<VillageCoverage> Uncovered(int thresholdIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(thresholdIndex, Thresholds.Count);
        return Villages
            .Where(v => !v.Covered[thresholdIndex])
            .OrderByDescending(v => Thresholds[thresholdIndex].Kind == CoverageThresholdKind.Distance
                ? v.Distance.Value
                : v.NearestByTime is null ? long.MaxValue : v.Time.Value)
            .ThenBy(v => v.Village.Id.Value, StringComparer.Ordinal)
            .ToList();
    }
}
