namespace Logistics.Planning.Coverage;

/// <summary>What happens to the goods of an outlet that closes in a planning what-if (<see cref="WhatIfPlanning"/>).</summary>
public enum RemovedOutletDemand
{
    /// <summary>
    /// The village keeps its demand but, like every village without an outlet, no line carries it (unless an added
    /// outlet becomes its nearest outlet, which then takes it). The scenario's own rule for villages.
    /// </summary>
    Dropped,

    /// <summary>Its demand moves to the nearest remaining outlet by straight line (its residents fetch there).</summary>
    MovedToNearestOutlet,
}
