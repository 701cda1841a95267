using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Planner;

/// <summary>
/// The line planner (定时定点定线): designs fixed lines for a scenario — feeders from each township station through
/// its outlets, direct lines from the hub to outlets close to it, and trunk lines from the hub to the stations (a
/// morning round bringing the goods down before the feeders leave, an afternoon round taking the produce up after
/// they return) — each with fixed service days, stop order, clock times and vehicle, and checks the result with
/// the independent <see cref="PlanVerifier"/>. With <see cref="PlannerOptions.Previous"/> it re-plans around the
/// locked and co-modal lines of a published plan, which stay byte-identical.
/// <para>Method: outlets get service-day patterns that meet their required visits a week, spread over the week
/// (<see cref="VisitPatterns"/>); each depot's outlets of one pattern are routed by our routing engine with the
/// largest load of the pattern's days (so every day fits, stop by stop, both directions); lines are then timed and
/// given vehicles (<c>type#n</c>, the same every service day) so that no vehicle's day exceeds its shift; trunk
/// calls get time windows from the feeders' timetable so both transfers hold.</para>
/// </summary>
public static class LinePlanner
{
    public static PlanResult Plan(
        Scenario scenario,
        PlannerOptions options,
        ITravelTimes travelTimes,
        IProgress<PlannerProgress>? progress = null,
        CancellationToken cancellationToken = default,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(travelTimes);
        return new PlanningRun(scenario, options, travelTimes, progress, cancellationToken, timeProvider ?? TimeProvider.System).Run();
    }
}
