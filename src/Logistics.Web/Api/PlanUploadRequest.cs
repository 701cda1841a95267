namespace Logistics.Web.Api;

/// <summary>Body of <c>POST /api/plans</c>: a plan file (<c>logistics-plan/1</c>) to save for a scenario.</summary>
/// <param name="ScenarioId">The scenario the plan was made for (its fingerprint must match).</param>
/// <param name="Name">The name to show.</param>
/// <param name="Plan">The plan JSON text.</param>
public sealed record PlanUploadRequest(long ScenarioId, string? Name, string Plan);
