using Logistics.Spatial.Coverage;

namespace Logistics.Planning.Coverage;

/// <summary>Coverage at one threshold over a set of villages, by count and by population.</summary>
public sealed record CoverageShare(
    CoverageThreshold Threshold,
    int Villages,
    int CoveredVillages,
    long Population,
    long CoveredPopulation)
{
    /// <summary>Covered villages / villages (0 when there is no village).</summary>
    public double ShareByCount => Villages == 0 ? 0 : CoveredVillages / (double)Villages;

    /// <summary>Covered population / population (0 when nobody lives there).</summary>
    public double ShareByPopulation => Population == 0 ? 0 : CoveredPopulation / (double)Population;
}
