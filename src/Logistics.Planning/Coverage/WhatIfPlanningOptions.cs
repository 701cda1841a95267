using Logistics.Planning.Lines;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Coverage;

/// <summary>Settings of a planning what-if (<see cref="WhatIfPlanning"/>).</summary>
public sealed record WhatIfPlanningOptions
{
    /// <summary>The coverage thresholds, outlets and travel times of the coverage part (default: 3 km and 15 min, stations count).</summary>
    public CoverageOptions Coverage { get; init; } = new();

    /// <summary>
    /// The line planner's settings for every plan of the what-if (same seed for all). <see cref="PlannerOptions.Previous"/>
    /// is ignored: re-plan mode makes its own from <see cref="CurrentPlan"/>. Default: the planner's defaults without
    /// the daily-routes baseline.
    /// </summary>
    public PlannerOptions Planner { get; init; } = PlannerOptions.Default with { ComputeBaseline = false };

    /// <summary>Which plans to make, in this order; at least one.</summary>
    public IReadOnlyList<WhatIfPlanMode> Modes { get; init; } = [WhatIfPlanMode.Replan, WhatIfPlanMode.FromScratch];

    /// <summary>
    /// The county's current (published) plan for the scenario before the change: the starting point of re-plan mode
    /// and its "before" figures. Null: the scenario is planned from scratch first (the same plan from-scratch mode
    /// starts from).
    /// </summary>
    public LinePlan? CurrentPlan { get; init; }

    /// <summary>
    /// Re-plan mode: also unlock every trunk line (the county-wide hub → station rounds), keeping only the feeders and
    /// direct lines of the untouched townships. Default false: trunks that call only at untouched stations stay too.
    /// </summary>
    public bool ReplanAllTrunks { get; init; }

    /// <summary>Visits a week required at each added outlet; null: those of its reference (nearest existing) outlet.</summary>
    public int? AddedVisitsPerWeek { get; init; }

    /// <summary>What happens to the goods of a closed outlet (default: like any village without outlet, not carried).</summary>
    public RemovedOutletDemand RemovedDemand { get; init; } = RemovedOutletDemand.StaysAtVillage;

    /// <summary>
    /// Site-to-site travel for the planner, the verifier and the KPIs, before and after the change (the sites are the
    /// same), so it must know every site of the scenario, candidate sites included:
    /// <see cref="TravelTimesFactory.TravelTimesFor"/> of the scenario (road graph or OSRM), or null for the scenario's
    /// straight line (<see cref="StraightLineTravelTimes"/>). Give <see cref="Coverage"/> the same roads.
    /// </summary>
    public ITravelTimes? TravelTimes { get; init; }
}
