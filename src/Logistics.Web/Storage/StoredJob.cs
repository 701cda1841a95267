namespace Logistics.Web.Storage;

/// <summary>A plan job as stored: its state, progress (JSON) and the plan it saved when it finished.</summary>
/// <param name="Id">The job id (a GUID in "N" format).</param>
/// <param name="ScenarioId">The scenario being planned.</param>
/// <param name="Status">The <see cref="Jobs.PlanJobStatus"/> as text.</param>
/// <param name="CreatedUtc">When it was queued.</param>
/// <param name="FinishedUtc">When it ended, if it has.</param>
/// <param name="ProgressJson">Best cost over time as a JSON array.</param>
/// <param name="PlanId">The saved plan, when the job succeeded.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record StoredJob(string Id, long ScenarioId, string Status, DateTimeOffset CreatedUtc, DateTimeOffset? FinishedUtc, string ProgressJson, long? PlanId, string? Error);
