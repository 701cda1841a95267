using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>
/// How <see cref="WhatIfPlanning"/> modelled a site that becomes an outlet (see <see cref="WhatIfPlanning"/> for the
/// rules).
/// </summary>
/// <param name="Site">The site as an outlet in the changed scenario: tier village outlet, its visits a week, demand and opening hours.</param>
/// <param name="Villages">The villages whose nearest outlet (straight line) it becomes and whose goods it takes; itself first when it is a village.</param>
/// <param name="ScaledVillages">How many of <paramref name="Villages"/> had no demand of their own and got the reference outlet's, scaled by population.</param>
/// <param name="Reference">The nearest existing village outlet: lends its opening hours, its visits a week (unless set) and its demand per resident.</param>
public sealed record AddedOutlet(Site Site, IReadOnlyList<Site> Villages, int ScaledVillages, Site Reference)
{
    /// <summary>Goods down a week, kg.</summary>
    public double WeeklyDownKg => Site.Demand.WeekDown.Kg;

    /// <summary>Produce up a week, kg.</summary>
    public double WeeklyUpKg => Site.Demand.WeekUp.Kg;

    /// <summary>Residents of <see cref="Villages"/>.</summary>
    public long Population => Villages.Sum(v => (long)v.Population);
}
