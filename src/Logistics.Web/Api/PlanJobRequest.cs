namespace Logistics.Web.Api;

/// <summary>Body of <c>POST /api/plan-jobs</c>.</summary>
/// <param name="ScenarioId">The saved scenario to plan.</param>
/// <param name="TimeLimitSeconds">Search time; the configured default when left out.</param>
/// <param name="Seed">Seed of the planner; the scenario's own when left out.</param>
/// <param name="Engine">Routing engine: <c>hgs</c> (ours) or <c>ortools</c>; the configured default when left out.</param>
public sealed record PlanJobRequest(long ScenarioId, double? TimeLimitSeconds = null, int? Seed = null, string? Engine = null);
