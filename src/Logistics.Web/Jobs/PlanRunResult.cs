using Logistics.Planning.Lines;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;

namespace Logistics.Web.Jobs;

/// <summary>What a plan job produced: the plan, the verifier's report on it, and what the planner said besides.</summary>
/// <param name="Plan">The line plan.</param>
/// <param name="Verification">The verifier's report on <paramref name="Plan"/> with <paramref name="Travel"/>.</param>
/// <param name="Travel">The travel times the plan was made and verified with (the KPIs use them too).</param>
/// <param name="Consistency">Fixed lines against independent daily routes; null when the baseline was not computed.</param>
/// <param name="Unplanned">Sites that need visits and did not get them, with reasons.</param>
public sealed record PlanRunResult(
    LinePlan Plan,
    VerificationReport Verification,
    ITravelTimes Travel,
    ConsistencyPrice? Consistency,
    IReadOnlyList<UnplannedSite> Unplanned);
