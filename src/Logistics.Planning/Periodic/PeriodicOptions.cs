namespace Logistics.Planning.Periodic;

/// <summary>Budget and seed of a periodic solve.</summary>
public sealed record PeriodicOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>Wall-clock budget for the whole instance.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>ConVRP consistent mode: latest − earliest arrival allowed per customer (the literature's L); null = no limit.</summary>
    public double? ArrivalLimit { get; init; }

    /// <summary>
    /// Share of the budget spent on the first routing of every day (free mode) or on the template routing (consistent
    /// mode); the rest goes to re-choosing combinations / improving the templates. Half: the engine's first routes are
    /// most of the quality, the re-choice needs several rounds.
    /// </summary>
    public double FirstRoutingShare { get; init; } = 0.5;

    /// <summary>
    /// Optional iteration limit of each engine call besides its time slice (null = time only). With
    /// <see cref="MaxRounds"/> and a generous <see cref="TimeLimit"/> the answer no longer depends on the machine's load.
    /// </summary>
    public long? EngineIterations { get; init; }

    /// <summary>Optional limit on the rounds of re-choice (free) or ruin-and-recreate (consistent); null = until the time is spent.</summary>
    public int? MaxRounds { get; init; }
}
