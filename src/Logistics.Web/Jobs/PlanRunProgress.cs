namespace Logistics.Web.Jobs;

/// <summary>One progress report of a plan job: the best cost found so far, at a time since the job started.</summary>
/// <param name="ElapsedSeconds">Seconds since the planner started.</param>
/// <param name="BestCost">The best plan's cost so far (the planner's cost units).</param>
/// <param name="Note">What the planner is doing, when it says.</param>
public sealed record PlanRunProgress(double ElapsedSeconds, double BestCost, string? Note = null);
