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
        IReadOnlyList<TownshipCoverage> townships)
    {
        Thresholds = thresholds;
        Outlets = outlets;
        Villages = villages;
        County = county;
        Townships = townships;
    }

    public IReadOnlyList<CoverageThreshold> Thresholds { get; }

    /// <summary>The sites that served as outlets (after a what-if change, if any), in scenario order.</summary>
    public IReadOnlyList<Network.Site> Outlets { get; }

    /// <summary>Every village, in scenario order.</summary>
    public IReadOnlyList<VillageCoverage> Villages { get; }

    /// <summary>County-wide shares, one per threshold.</summary>
    public IReadOnlyList<CoverageShare> County { get; }

    /// <summary>Per-township shares, by township code.</summary>
    public IReadOnlyList<TownshipCoverage> Townships { get; }

    /// <summary>The villages not covered at threshold <paramref name="thresholdIndex"/>, farthest first.</summary>
    public IReadOnlyList<VillageCoverage> Uncovered(int thresholdIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(thresholdIndex, Thresholds.Count);
        return Villages
            .Where(v => !v.Covered[thresholdIndex])
            .OrderByDescending(v => Thresholds[thresholdIndex].Kind == CoverageThresholdKind.Distance ? v.Distance.Value : v.Time.Value)
            .ThenBy(v => v.Village.Id.Value, StringComparer.Ordinal)
            .ToList();
    }
}
