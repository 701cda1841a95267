namespace Logistics.Web.Jobs;

/// <summary>What a plan job asks of the planner.</summary>
/// <param name="TimeLimit">Time the planner may search.</param>
/// <param name="Seed">The seed of its random choices (same seed, same plan).</param>
/// <param name="Engine">The routing engine of the planner: <see cref="PlanEngines.Hgs"/> (ours) or <see cref="PlanEngines.OrTools"/>.</param>
public sealed record PlanRunSettings(TimeSpan TimeLimit, int Seed, string Engine = PlanEngines.Hgs);
