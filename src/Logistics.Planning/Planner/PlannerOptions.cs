using Logistics.Planning.Lines;
using Logistics.Routing.Solver;

namespace Logistics.Planning.Planner;

/// <summary>How the line planner works. The defaults suit a county of 10–30 stations and 100–300 outlets.</summary>
public sealed record PlannerOptions
{
    public static readonly PlannerOptions Default = new();

    /// <summary>
    /// Wall-clock budget. Each routing sub-problem stops at its iteration limit or when the budget is used up (then
    /// with its best routes so far, repaired to be feasible), and the daily-routes baseline is skipped when less than
    /// a fifth of the budget is left, so the plan is always complete; a tight budget gives a costlier plan, not a
    /// partial one.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Seed of every random choice: same scenario, same options, same seed → the same plan.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// A previous plan: its locked lines (and its co-modal bus lines, 客货邮) are kept byte for byte, the sites they
    /// serve often enough need no new line, and everything else is planned around them (re-plan mode). Null: design
    /// from scratch.
    /// </summary>
    public LinePlan? Previous { get; init; }

    /// <summary>
    /// The weekdays new lines may run. Default Monday–Saturday (the co-ops rest on Sunday); a site that needs a visit
    /// every day gets Sunday too.
    /// </summary>
    public ServiceDays WorkingDays { get; init; } = ServiceDays.FromMask(0x3F);

    /// <summary>
    /// An outlet is served by a direct line from the county hub, not by its station's feeder, when the hub is at most
    /// this many minutes away and nearer than its station. Zero turns direct lines off.
    /// </summary>
    public TimeSpan DirectReach { get; init; } = TimeSpan.FromMinutes(12);

    /// <summary>Genetic iterations per routing sub-problem of a feeder group (more → better routes, slower).</summary>
    public int RoutingIterations { get; init; } = 400;

    /// <summary>Also plan independent daily routes (no fixed lines) to report the price of consistency.</summary>
    public bool ComputeBaseline { get; init; } = true;

    /// <summary>
    /// The routing engine every routing sub-problem goes to. Null: ours (<see cref="HgsEngine"/>). Another engine (e.g.
    /// OR-Tools, <c>Logistics.Routing.OrTools.OrToolsEngine</c>) gets the same problems, the same per-solve iteration
    /// limit (as its own notion of it) and the same shrinking budget.
    /// </summary>
    public IRoutingEngine? Engine { get; init; }

    /// <summary>Parallel workers (stations are designed independently). 0: the number of processors.</summary>
    public int Threads { get; init; }
}
