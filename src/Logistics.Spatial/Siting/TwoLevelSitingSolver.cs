namespace Logistics.Spatial.Siting;

/// <summary>
/// Solves a <see cref="TwoLevelSitingProblem"/> with a proven bound, using <see cref="SitingSolver"/> for the outlet
/// level. Without a maximum outlet–centre distance the levels separate: the outlet level is solved on its own (its
/// bound is the two-level bound), then the centres are a p-median over the open outlets weighted by the population
/// they serve. With the limit, the outlets are first solved without it (a relaxation, so its bound holds); when the
/// centres cannot serve them all, a best-bound-first branch and bound over the centres (open / closed) solves the
/// outlet level at each node over the outlets that the node's centres can still serve: a relaxation bound when free
/// centres remain, the exact value when the centre set is complete. Deterministic for the same options unless the
/// time limit stops it.
/// </summary>
public static class TwoLevelSitingSolver
{
    public static TwoLevelSitingResult Solve(
        TwoLevelSitingProblem problem,
        SitingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new TwoLevelSitingRun(problem, options ?? new SitingOptions(), cancellationToken).Run();
    }
}
