namespace Logistics.Spatial.Siting;

/// <summary>
/// Solves p-median, maximal covering and set cover problems from candidate sites with a proven bound:
/// Lagrangian relaxation with subgradient optimisation (Polyak steps) gives the bound, a Lagrangian heuristic plus
/// interchange local search and a seeded perturbation phase give the solutions, Lagrangian variable fixing and a
/// best-bound-first Lagrangian branch and bound close the remaining gap when time allows.
/// </summary>
public static class SitingSolver
{
    public static SitingResult Solve(
        SitingProblem problem,
        SitingOptions? options = null,
        IProgress<SitingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        SitingModel model = problem.Objective switch
        {
            SitingObjective.PMedian => new PMedianModel(problem),
            SitingObjective.MaximalCovering => new MaximalCoveringModel(problem),
            SitingObjective.SetCover => new SetCoverModel(problem),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Objective, "unknown siting objective"),
        };
        var engine = new SitingEngine(model, options ?? new SitingOptions(), progress, cancellationToken);
        return engine.Run();
    }
}
