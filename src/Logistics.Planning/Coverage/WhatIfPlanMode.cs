namespace Logistics.Planning.Coverage;

/// <summary>How <see cref="WhatIfPlanning"/> plans the lines after a change of outlets.</summary>
public enum WhatIfPlanMode
{
    /// <summary>
    /// The current plan stays as it is except in the townships the change touches: every line that does not start at
    /// an affected township's station, stop in an affected township or stop at a changed site is locked (kept byte for
    /// byte); the planner re-plans the rest around them. Shows what the county would change.
    /// </summary>
    Replan,

    /// <summary>Both scenarios, before and after the change, are planned from scratch with the same options and seed.</summary>
    FromScratch,
}
