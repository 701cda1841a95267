namespace Logistics.Planning.Coverage;

/// <summary>The plans before and after a change of outlets in one <see cref="WhatIfPlanMode"/>, and the change (after − before).</summary>
/// <param name="Mode">How the after plan was made.</param>
/// <param name="Before">The plan of the scenario as it is (the current plan, or planned from scratch).</param>
/// <param name="After">The plan of the changed scenario.</param>
/// <param name="AffectedTownships">The township codes the change touches (re-plan mode unlocks their lines), sorted.</param>
/// <param name="AffectedStations">The township stations whose lines re-plan mode unlocks (those of the affected townships, or the nearest to a changed site without a township code), sorted.</param>
/// <param name="LockedLines">Lines of <paramref name="Before"/> kept locked in re-plan mode; 0 from scratch.</param>
public sealed record WhatIfPlanComparison(
    WhatIfPlanMode Mode,
    WhatIfPlan Before,
    WhatIfPlan After,
    IReadOnlyList<string> AffectedTownships,
    IReadOnlyList<Core.Ids.SiteId> AffectedStations,
    int LockedLines)
{
    public double DeltaKm => After.WeeklyKm - Before.WeeklyKm;

    public double DeltaCost => After.WeeklyCost - Before.WeeklyCost;

    public double DeltaCo2Kg => After.WeeklyCo2Kg - Before.WeeklyCo2Kg;

    public int DeltaVehicles => After.Vehicles - Before.Vehicles;

    public int DeltaLines => After.Lines - Before.Lines;

    /// <summary>Both plans verify clean and serve every site.</summary>
    public bool BothClean => Before.IsClean && After.IsClean;
}
