using Logistics.Spatial.Coverage;

namespace Logistics.Planning.Coverage;

/// <summary>The change in coverage at one threshold between two outlet sets (after − before).</summary>
public sealed record CoverageDelta(CoverageThreshold Threshold, CoverageShare Before, CoverageShare After)
{
    public int CoveredVillages => After.CoveredVillages - Before.CoveredVillages;

    public long CoveredPopulation => After.CoveredPopulation - Before.CoveredPopulation;
}
