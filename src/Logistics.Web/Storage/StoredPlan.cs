namespace Logistics.Web.Storage;

/// <summary>A saved line plan of a scenario: the plan JSON (<c>logistics-plan/1</c>) and its KPIs as JSON.</summary>
/// <param name="Id">The row id.</param>
/// <param name="ScenarioId">The scenario the plan was made for.</param>
/// <param name="Name">The name shown in the UI.</param>
/// <param name="CreatedUtc">When it was saved.</param>
/// <param name="Json">The plan JSON (<see cref="Planning.Lines.Serialization.LinePlanJson"/>).</param>
/// <param name="KpisJson">The plan's KPIs (<see cref="Kpis.PlanSummary"/>) as JSON.</param>
public sealed record StoredPlan(long Id, long ScenarioId, string Name, DateTimeOffset CreatedUtc, string Json, string KpisJson);
