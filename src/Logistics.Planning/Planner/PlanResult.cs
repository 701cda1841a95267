using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Planner;

/// <summary>What the planner returns: the plan, the independent verifier's report on it, the sites it could not serve
/// (with reasons), its weekly figures and the price of consistency.</summary>
/// <param name="Plan">The line plan (locked and co-modal lines of the previous plan included unchanged).</param>
/// <param name="Verification">The verifier's report on <paramref name="Plan"/> with the same travel times.</param>
/// <param name="Unplanned">Sites that need visits and did not get them, with reasons.</param>
/// <param name="WeeklyKm">Kilometres a week driven by the plan's own vehicles (co-modal buses not counted).</param>
/// <param name="WeeklyCost">Running cost a week: distance and driver hours (CNY), without fixed vehicle costs.</param>
/// <param name="Consistency">Fixed lines against independent daily routes; null when the baseline was not computed.</param>
/// <param name="Elapsed">Time the planner took.</param>
/// <param name="Demand">The county's demand the plan carries, down and up (every site it leaves behind is also in <paramref name="Unplanned"/> with its reason).</param>
public sealed record PlanResult(
    LinePlan Plan,
    VerificationReport Verification,
    IReadOnlyList<UnplannedSite> Unplanned,
    double WeeklyKm,
    double WeeklyCost,
    ConsistencyPrice? Consistency,
    TimeSpan Elapsed,
    DemandCarried Demand)
{
    /// <summary>Vehicles needed per type against those owned (the estimate before routing and the plan's need); types the plan does not use are left out.</summary>
    public IReadOnlyList<FleetNeed> Fleet { get; init; } = [];
}
