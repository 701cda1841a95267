namespace Logistics.Planning.Coverage;

/// <summary>What happens to the goods of an outlet that closes in a planning what-if (<see cref="WhatIfPlanning"/>).</summary>
public enum RemovedOutletDemand
{
    /// <summary>
    /// The village keeps its demand (unless an added outlet becomes its nearest outlet, which then takes it) and, like
    /// every site with demand and no outlet, a line calls at the village to carry it (the planner's rule: no demand is
    /// dropped; <see cref="Planner.PlannerOptions.DemandOnlyVisitsPerWeek"/>).
    /// </summary>
    StaysAtVillage,

    /// <summary>Its demand moves to the nearest remaining outlet by straight line (its residents fetch there).</summary>
    MovedToNearestOutlet,
}
