using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// The dispatch of one date: the runs (lines that run that weekday, as they run that day), the stops moved from
/// unavailable vehicles, the stops that cannot be served, the late orders, and the check of the day:
/// <see cref="DayPlan"/> (every run, with that weekday as its only service day) verified by
/// <see cref="PlanVerifier"/> against <see cref="DayScenario"/> (the scenario whose demand on that weekday is the
/// goods each site hands over that day, including late orders added and without the stops that cannot be served, and
/// nothing on the other days — so the
/// verifier's own demand rule gives each stop exactly the day's goods). <see cref="Verification"/> keeps every check
/// that applies to one day (times, opening hours, capacity, shift, vehicles, overlap, transfers);
/// <see cref="NotApplicable"/> holds the weekly visit checks (missing-visits, uneven-visits), which a single day
/// cannot meet.
/// </summary>
public sealed record DispatchDay(
    DateOnly Date,
    IReadOnlyList<DispatchRun> Runs,
    IReadOnlyList<StopMove> Moves,
    IReadOnlyList<UnservedStop> Unserved,
    IReadOnlyList<LateOrderResult> LateOrders,
    LinePlan DayPlan,
    Scenario DayScenario,
    VerificationReport Verification,
    IReadOnlyList<Violation> NotApplicable,
    bool PlanMatchesScenario)
{
    public DayOfWeek Day => Date.DayOfWeek;

    /// <summary>Every stop served, every late order added and the day's plan clean.</summary>
    public bool AllServed => Unserved.Count == 0 && LateOrders.All(o => o.Added) && Verification.IsClean;
}
