namespace Logistics.Planning.Periodic;

/// <summary>What a periodic solve returns: the solution, its check by <see cref="PeriodicChecker"/>, and the time it took.</summary>
public sealed record PeriodicResult(PeriodicSolution Solution, PeriodicCheck Check, PeriodicMode Mode, TimeSpan Elapsed);
