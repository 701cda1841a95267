using Logistics.Planning.Planner;

namespace Logistics.Planning.Coverage;

/// <summary>Where a planning what-if is: which plan is being made and the planner's own progress on it.</summary>
/// <param name="Step"><c>before</c> (the scenario as it is), <c>replan</c> or <c>scratch</c> (the changed scenario in that mode).</param>
/// <param name="Planner">The planner's report.</param>
public sealed record WhatIfPlanningProgress(string Step, PlannerProgress Planner);
