namespace Logistics.Spatial.Siting;

/// <summary>
/// An immutable, validated two-level siting problem (county → township centres → village outlets): the outlet level is
/// an ordinary <see cref="SitingProblem"/> (villages as demand points, outlet candidates as facilities, its objective,
/// at most <see cref="SitingProblem.FacilityCount"/> new outlets, existing outlets fixed open); the centre level picks at
/// most <see cref="CentreCount"/> new centres among the centre candidates (existing centres fixed open) within
/// <see cref="CentreBudget"/>, and every open outlet is served by an open centre, within
/// <see cref="MaxOutletCentreDistance"/> when set. The outlet objective comes first; among the centre sets that reach
/// it, the centres minimise Σ (population an outlet serves × outlet–centre distance). Build it with
/// <see cref="TwoLevelSitingProblemBuilder"/>.
/// </summary>
public sealed class TwoLevelSitingProblem
{
    private readonly long[] _centreCosts;
    private readonly bool[] _centreExisting;
    private readonly int[] _outletCentre;

    internal TwoLevelSitingProblem(
        SitingProblem outlets,
        IReadOnlyList<string> centreNames,
        long[] centreCosts,
        bool[] centreExisting,
        int[] outletCentre,
        int centreCount,
        long? centreBudget,
        int? maxOutletCentreDistance)
    {
        Outlets = outlets;
        CentreNames = centreNames;
        _centreCosts = centreCosts;
        _centreExisting = centreExisting;
        _outletCentre = outletCentre;
        CentreCount = centreCount;
        CentreBudget = centreBudget;
        MaxOutletCentreDistance = maxOutletCentreDistance;
    }

    /// <summary>The outlet level: villages × outlet candidates, with the user's objective.</summary>
    public SitingProblem Outlets { get; }

    public IReadOnlyList<string> CentreNames { get; }

    public int CentreCandidateCount => _centreCosts.Length;

    /// <summary>Maximum number of new centres.</summary>
    public int CentreCount { get; }

    /// <summary>Optional limit on the total opening cost of the new centres.</summary>
    public long? CentreBudget { get; }

    /// <summary>Optional maximum distance between an open outlet and the centre serving it (same unit as the matrix).</summary>
    public int? MaxOutletCentreDistance { get; }

    public long CentreOpeningCost(int centre) => _centreCosts[centre];

    public bool IsExistingCentre(int centre) => _centreExisting[centre];

    /// <summary>Distance from outlet candidate <paramref name="outlet"/> (an index of <see cref="Outlets"/>' candidates) to a centre.</summary>
    public int OutletCentreDistance(int outlet, int centre) => _outletCentre[(outlet * CentreCandidateCount) + centre];

    /// <summary>Whether a centre may serve an outlet (within <see cref="MaxOutletCentreDistance"/>, or always when none is set).</summary>
    public bool CanServe(int centre, int outlet) =>
        MaxOutletCentreDistance is not { } d || OutletCentreDistance(outlet, centre) <= d;
}
