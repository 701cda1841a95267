namespace Logistics.Routing.Genetic;

/// <summary>Population and penalty parameters of the hybrid genetic search (defaults from HGS-CVRP, Vidal 2022).</summary>
public sealed record GeneticParameters
{
    public int MinPopulationSize { get; init; } = 25;

    public int GenerationSize { get; init; } = 40;

    /// <summary>
    /// Random individuals educated before crossover starts (and after each restart): 4 μ as in HGS-CVRP. Measured on
    /// X-n303-k21 at 4 000 iterations (seeds 1, 2): 21 927 / 21 952 with 25, 21 867 / 21 949 with 100.
    /// </summary>
    public int InitialPopulationSize { get; init; } = 100;

    public int NumElite { get; init; } = 4;

    public int NumClose { get; init; } = 5;

    /// <summary>Granular neighbourhood size.</summary>
    public int NumNeighbours { get; init; } = 20;

    /// <summary>Share of local-search outputs that should be feasible; penalties are steered towards it.</summary>
    public double TargetFeasible { get; init; } = 0.2;

    public double PenaltyIncrease { get; init; } = 1.2;

    public double PenaltyDecrease { get; init; } = 0.85;

    /// <summary>Iterations between penalty updates.</summary>
    public int PenaltyUpdateInterval { get; init; } = 100;

    /// <summary>Probability of repairing an infeasible offspring with ten times the penalties.</summary>
    public double RepairProbability { get; init; } = 0.5;

    /// <summary>Iterations without improvement of the best solution found since the last restart before the population restarts (HGS-CVRP).</summary>
    public int IterationsWithoutImprovement { get; init; } = 20000;

    /// <summary>Whether local search also uses SWAP* between routes.</summary>
    public bool UseSwapStar { get; init; } = true;

    /// <summary>
    /// When the problem has coordinates (<see cref="Problem.ProblemBuilder.SetCoordinates"/>), SWAP* skips pairs of
    /// routes from the same depot whose angular sectors around it do not overlap (HGS-CVRP). No effect without
    /// coordinates.
    /// </summary>
    public bool SwapStarSectorFilter { get; init; } = true;

    /// <summary>
    /// When the problem has coordinates, the giant tour of an individual lists its routes by the polar angle of their
    /// barycentre around the depot (HGS-CVRP), so that crossover keeps whole sectors of a parent. No effect without
    /// coordinates. Measured on X-n303-k21 (4 000 iterations, two seeds): together with the in-place OX slice, 0.37 % and
    /// 0.20 % lower cost at a fixed iteration count and 1.45 times the iterations per CPU second (benchmarks/README.md,
    /// issue 17).
    /// </summary>
    public bool GiantTourByAngle { get; init; } = true;
}
