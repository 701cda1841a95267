using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Coverage;

/// <summary>
/// A two-level siting answer through the line planner: the network with every candidate open (a centre in every
/// township, an outlet in every village: "plan everything") against the chosen centres and outlets
/// (<see cref="TwoLevelNetwork"/>), both planned from scratch with the same options, seed and travel times, each
/// verified, with weekly km, cost, vehicles and the demand carried (weekly kg down and up of the outlets the plan
/// serves).
/// </summary>
public static class TwoLevelWhatIf
{
    public static TwoLevelWhatIfResult Run(
        Scenario scenario,
        TwoLevelSitingAnswer answer,
        PlannerOptions planner,
        ITravelTimes? travel = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(planner);
        var demand = Demo.DemandModel.Default;
        var allCentres = answer.CentreSites;
        var everyVillage = answer.Problem.Demands.ToDictionary(
            v => v,
            v => scenario.Sites.FirstOrDefault(c => SitingCandidates.IsOutlet(c) && c.VillageCode == v.VillageCode && v.VillageCode.Length > 0)
                ?? answer.OutletOf.GetValueOrDefault(v) ?? v);
        var before = TwoLevelNetwork.Build(scenario, allCentres, everyVillage, demand);
        var after = TwoLevelNetwork.Build(scenario, answer.Result.OpenCentres.Select(c => allCentres[c]).ToList(), answer.OutletOf, demand);
        var travelTimes = travel ?? new StraightLineTravelTimes(before);
        var planBefore = WhatIfPlanning.Plan("before", before, planner, travelTimes, null, cancellationToken);
        var planAfter = WhatIfPlanning.Plan("after", after, planner, travelTimes, null, cancellationToken);
        return new TwoLevelWhatIfResult(before, after, planBefore, planAfter, Carried(before, planBefore), Carried(after, planAfter), Total(before), Total(after));
    }

    /// <summary>Weekly kg (down + up) of the outlets with visits the planner did not leave unplanned.</summary>
    private static double Carried(Scenario scenario, WhatIfPlan plan)
    {
        var unplanned = plan.Unplanned.Select(u => u.Site).ToHashSet();
        return scenario.Sites
            .Where(s => s.RequiredVisitsPerWeek > 0 && s.Tier != SiteTier.TownshipStation && s.Tier != SiteTier.CountyHub && !unplanned.Contains(s.Id))
            .Sum(s => (s.Demand.WeekDown + s.Demand.WeekUp).Kg);
    }

    private static double Total(Scenario scenario) => scenario.Sites.Sum(s => (s.Demand.WeekDown + s.Demand.WeekUp).Kg);
}
