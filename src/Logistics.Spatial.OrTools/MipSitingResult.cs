using Logistics.Spatial.Siting;

namespace Logistics.Spatial.OrTools;

/// <summary>
/// The answer of <see cref="MipSitingSolver"/>: the objective in the model's own sense (as <see cref="SitingResult.Value"/>),
/// the MIP's proven bound (lower when minimising, upper for maximal covering), the open candidates and the time.
/// </summary>
public sealed record MipSitingResult(
    SitingStatus Status,
    long? Value,
    long? Bound,
    IReadOnlyList<int> OpenFacilities,
    IReadOnlyList<int> OpenCentres,
    TimeSpan Elapsed,
    string SolverStatus)
{
    public double? Gap => SitingGap.Of(Value, Bound);
}
