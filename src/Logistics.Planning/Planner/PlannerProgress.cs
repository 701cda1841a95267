namespace Logistics.Planning.Planner;

/// <summary>Where the planner is: the phase, the time used, and the weekly cost of the lines designed so far (CNY).</summary>
/// <param name="Phase">A short code: <c>feeders</c>, <c>improve</c>, <c>trunks</c>, <c>schedule</c>, <c>baseline</c>, <c>verify</c>, <c>done</c>.</param>
/// <param name="Elapsed">Time since the start.</param>
/// <param name="WeeklyCost">Weekly running cost of the lines so far (distance and hours, CNY); 0 before any line exists.</param>
/// <param name="Message">What happened, in Chinese and English.</param>
public sealed record PlannerProgress(string Phase, TimeSpan Elapsed, double WeeklyCost, string Message);
