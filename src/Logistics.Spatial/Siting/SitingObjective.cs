namespace Logistics.Spatial.Siting;

/// <summary>Which siting model a <see cref="SitingProblem"/> asks for.</summary>
public enum SitingObjective
{
    /// <summary>
    /// p-median: open at most <see cref="SitingProblem.FacilityCount"/> new facilities (existing ones stay open) and
    /// minimise the weighted sum, over demand points, of the distance to the nearest open facility.
    /// </summary>
    PMedian,

    /// <summary>
    /// Maximal covering (MCLP): open at most <see cref="SitingProblem.FacilityCount"/> new facilities and maximise the
    /// weight of demand points within <see cref="SitingProblem.CoverageRadius"/> of some open facility.
    /// </summary>
    MaximalCovering,

    /// <summary>
    /// Set cover: open the fewest new facilities so that every demand point is within
    /// <see cref="SitingProblem.CoverageRadius"/> of some open facility.
    /// </summary>
    SetCover,
}
