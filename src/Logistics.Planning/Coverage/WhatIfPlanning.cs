using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Coverage;

/// <summary>
/// What-if with the line planner: open outlets at candidate sites or villages and close village outlets, then see the
/// change in coverage (<see cref="WhatIfAnalysis"/>) and, through <see cref="LinePlanner"/>, in weekly km, cost, CO₂,
/// vehicles and lines, with both plans verified.
/// <para><b>The changed scenario.</b> An added site becomes a village outlet with the opening hours of its reference
/// outlet (the nearest existing village outlet by straight line) and the visits a week of
/// <see cref="WhatIfPlanningOptions.AddedVisitsPerWeek"/> or, when not set, of the reference outlet. Its goods are
/// those of the villages whose nearest outlet by straight line it becomes (itself when it is a village; villages with
/// their own outlet keep it at distance 0, so only villages without one move): each village's own weekly demand, or,
/// for a village without demand data, the reference outlet's demand × the village's population / the reference's
/// population. An added site that is nobody's nearest carries no goods but is still visited (reported as a warning).
/// A closed outlet becomes a village without outlet (no visits); its goods go to an added outlet that becomes its
/// nearest, else follow <see cref="WhatIfPlanningOptions.RemovedDemand"/>. Only village outlets can be closed here.</para>
/// <para><b>Plans.</b> Re-plan mode (<see cref="WhatIfPlanMode.Replan"/>) starts from the current plan (given, or the
/// scenario planned from scratch) and locks every line except those of the affected townships and stations: the
/// townships of the changed sites and of the outlets a closed outlet's goods moved to, with their stations (a site
/// without a township code: its nearest station); a line is affected when its home depot is such a station, or it
/// stops at one, at a site of such a township, or at a changed site. From-scratch mode (<see cref="WhatIfPlanMode.FromScratch"/>) plans both scenarios with the
/// same options and seed. Every figure comes from <see cref="PlanKpiCalculator"/> on the same travel times, which
/// also feed the planner and the verifier; same inputs and seed → the same answer.</para>
/// </summary>
public static class WhatIfPlanning
{
    /// <exception cref="DataValidationException">When a site of the change does not exist, has the wrong tier, or cannot be closed here.</exception>
    public static WhatIfPlanningResult Run(
        Scenario scenario,
        OutletChange change,
        WhatIfPlanningOptions? options = null,
        IProgress<WhatIfPlanningProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(change);
        options ??= new WhatIfPlanningOptions();
        if (options.Modes.Count == 0)
        {
            throw new ArgumentException("at least one plan mode is needed", nameof(options));
        }

        var coverage = WhatIfAnalysis.Run(scenario, change, options.Coverage, null, cancellationToken);
        var (after, added, closed, warnings) = OutletChangeScenario.Apply(scenario, change, options);
        if (options.CurrentPlan is { } given && given.ScenarioHash != ScenarioFingerprint.Of(scenario))
        {
            warnings.Add(new DataError(
                "plan.scenario-mismatch",
                $"当前线路方案是为另一个情景制定的 / the current plan was made for another version of the scenario ('{given.ScenarioName}'); its check will say so",
                Value: given.ScenarioHash, Severity: DataErrorSeverity.Warning));
        }

        // The same sites at the same places before and after: one travel source serves both scenarios.
        var travel = options.TravelTimes ?? new StraightLineTravelTimes(scenario);
        var plannerOptions = options.Planner with { Previous = null };
        var (townships, stations) = Affected(scenario, change, closed);
        var changed = change.Add.Concat(change.Remove).ToHashSet();

        WhatIfPlan? scratchBefore = null;
        WhatIfPlan ScratchBefore() =>
            scratchBefore ??= Plan("before", scenario, plannerOptions, travel, progress, cancellationToken);

        var comparisons = new List<WhatIfPlanComparison>();
        foreach (var mode in options.Modes.Distinct())
        {
            if (mode == WhatIfPlanMode.Replan)
            {
                var before = options.CurrentPlan is { } current ? Given(current, scenario, travel) : ScratchBefore();
                var locked = LockUnaffected(before.Plan, scenario, townships, stations, changed, options.ReplanAllTrunks);
                var replanned = Plan("replan", after, plannerOptions with { Previous = locked }, travel, progress, cancellationToken);
                comparisons.Add(new WhatIfPlanComparison(mode, before, replanned, townships, stations, locked.Lines.Count(l => l.Locked)));
            }
            else
            {
                var before = ScratchBefore();
                var fresh = Plan("scratch", after, plannerOptions, travel, progress, cancellationToken);
                comparisons.Add(new WhatIfPlanComparison(mode, before, fresh, townships, stations, 0));
            }
        }

        return new WhatIfPlanningResult(coverage, scenario, after, added, closed, comparisons, warnings);
    }

    /// <summary>
    /// <paramref name="plan"/> with every line locked except those of the affected townships and stations (see the
    /// class remarks); co-modal lines keep their flag (the planner keeps them anyway).
    /// </summary>
    /// <param name="plan">The current plan.</param>
    /// <param name="scenario">The scenario before the change (the plan's).</param>
    /// <param name="affectedTownships">Township codes whose lines change.</param>
    /// <param name="affectedStations">Stations whose lines change (their feeders, and the trunks and lines that stop there).</param>
    /// <param name="changedSites">The sites added or removed: a line stopping at one changes.</param>
    /// <param name="unlockTrunks">Unlock every trunk line too (<see cref="WhatIfPlanningOptions.ReplanAllTrunks"/>).</param>
    public static LinePlan LockUnaffected(
        LinePlan plan,
        Scenario scenario,
        IReadOnlyCollection<string> affectedTownships,
        IReadOnlyCollection<SiteId> affectedStations,
        IReadOnlyCollection<SiteId> changedSites,
        bool unlockTrunks = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(affectedTownships);
        ArgumentNullException.ThrowIfNull(affectedStations);
        ArgumentNullException.ThrowIfNull(changedSites);
        var townships = affectedTownships.Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var stations = affectedStations.ToHashSet();
        var changed = changedSites.ToHashSet();
        bool Affected(SiteId id) =>
            changed.Contains(id) || stations.Contains(id) || !scenario.TryGetSite(id, out var site) || townships.Contains(site.TownshipCode);

        var builder = plan.ToBuilder();
        foreach (var line in plan.Lines.Where(l => l.Kind != LineKind.CoModal))
        {
            var depotAffected = !scenario.TryGetSite(line.HomeDepot, out var depot)
                || (depot.Tier == SiteTier.TownshipStation && Affected(depot.Id));
            var isAffected = (unlockTrunks && line.Kind == LineKind.Trunk) || depotAffected || line.Stops.Any(s => Affected(s.Site));
            if (line.Locked == isAffected)
            {
                builder.SetLine(line with { Locked = !isAffected });
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// The townships and stations a change touches: each changed site's township (and its stations), or, for a site
    /// without a township code, its nearest station (and that station's township); the same for the outlets that took
    /// a closed outlet's goods.
    /// </summary>
    private static (List<string> Townships, List<SiteId> Stations) Affected(Scenario scenario, OutletChange change, IReadOnlyList<ClosedOutlet> closed)
    {
        var stations = scenario.SitesOf(SiteTier.TownshipStation).ToList();
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var site in change.Add.Concat(change.Remove).Select(id => scenario.TryGetSite(id, out var s) ? s : null).OfType<Site>()
            .Concat(closed.Select(c => c.DemandMovedTo).OfType<Site>()))
        {
            if (site.TownshipCode.Length > 0)
            {
                codes.Add(site.TownshipCode);
                ids.UnionWith(stations.Where(s => s.TownshipCode == site.TownshipCode).Select(s => s.Id.Value));
            }
            else if (site.Tier == SiteTier.TownshipStation)
            {
                ids.Add(site.Id.Value);
            }
            else if (OutletChangeScenario.Nearest(site, stations) is { } station)
            {
                ids.Add(station.Id.Value);
                if (station.TownshipCode.Length > 0)
                {
                    codes.Add(station.TownshipCode);
                }
            }
        }

        return (codes.ToList(), ids.Select(i => new SiteId(i)).ToList());
    }

    internal static WhatIfPlan Plan(
        string step, Scenario scenario, PlannerOptions options, ITravelTimes travel, IProgress<WhatIfPlanningProgress>? progress, CancellationToken cancellationToken)
    {
        var relay = progress is null ? null : new Relay(step, progress);
        var result = LinePlanner.Plan(scenario, options, travel, relay, cancellationToken);
        // Villages the what-if chose not to serve (RemovedOutletDemand.StaysAtVillage) are no failure of the plan; their goods
        // still show as not carried in the KPIs (PlanKpis.Demand).
        return new WhatIfPlan(result.Plan, PlanKpiCalculator.Compute(result.Plan, scenario, travel), result.Verification,
            result.Unplanned.Where(u => u.Code != UnplannedReasons.NotRequired).ToList(), true, result.Elapsed);
    }

    private static WhatIfPlan Given(LinePlan plan, Scenario scenario, ITravelTimes travel)
    {
        var report = PlanVerifier.Verify(plan, scenario, travel);
        var broken = report.Violations.Where(v => v.Code is ViolationCodes.UnknownSite or ViolationCodes.UnknownVehicleType).ToList();
        if (broken.Count > 0)
        {
            throw new DataValidationException(broken.Select(v => new DataError(
                v.Code, $"当前线路方案与情景不符 / the current plan does not fit the scenario: {v.English}", Column: "plan", Value: v.Site?.Value, Entity: v.LineId is null ? null : $"line '{v.LineId}'")).ToList());
        }

        return new WhatIfPlan(plan, PlanKpiCalculator.Compute(plan, scenario, travel), report, [], false, TimeSpan.Zero);
    }

    private sealed class Relay(string step, IProgress<WhatIfPlanningProgress> target) : IProgress<PlannerProgress>
    {
        public void Report(PlannerProgress value) => target.Report(new WhatIfPlanningProgress(step, value));
    }
}
