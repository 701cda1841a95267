namespace Logistics.Planning.Coverage;

/// <summary>
/// Coverage before and after a what-if change of outlets, and the change per threshold. The change in weekly
/// kilometres and cost, through the line planner, is <see cref="WhatIfPlanning"/>'s.
/// </summary>
public sealed record WhatIfResult(
    OutletChange Change,
    CoverageReport Before,
    CoverageReport After,
    IReadOnlyList<CoverageDelta> Deltas)
{
    /// <summary>Villages covered after but not before, at each threshold.</summary>
    public IReadOnlyList<Network.Site> NewlyCovered(int thresholdIndex) =>
        Before.Villages.Zip(After.Villages)
            .Where(p => !p.First.Covered[thresholdIndex] && p.Second.Covered[thresholdIndex])
            .Select(p => p.First.Village)
            .ToList();

    /// <summary>Villages covered before but not after, at each threshold.</summary>
    public IReadOnlyList<Network.Site> NoLongerCovered(int thresholdIndex) =>
        Before.Villages.Zip(After.Villages)
            .Where(p => p.First.Covered[thresholdIndex] && !p.Second.Covered[thresholdIndex])
            .Select(p => p.First.Village)
            .ToList();
}
