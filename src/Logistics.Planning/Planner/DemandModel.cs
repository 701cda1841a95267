using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Planner;

/// <summary>
/// What a visit carries under the plan's rule "orders wait for the next visit" (<see cref="DemandAssignment"/>): the
/// demand of the days since the previous visit day.
/// </summary>
internal static class DemandModel
{
    /// <summary>The site's down goods and produce carried by a visit on <paramref name="day"/> when it is visited on <paramref name="visitDays"/>.</summary>
    public static StopDemand OnDay(Site site, ServiceDays visitDays, DayOfWeek day)
    {
        var days = visitDays.Days;
        var sum = new StopDemand(Quantity.Zero, Quantity.Zero);
        foreach (var d in DemandAssignment.CoveredDays(days.ToArray(), day))
        {
            sum += new StopDemand(site.Demand[d].Down, site.Demand[d].Up);
        }

        return sum;
    }

    /// <summary>Whether the site has goods to receive or produce to send in some week.</summary>
    public static bool HasDemand(Site site) => !site.Demand.WeekDown.IsZero || !site.Demand.WeekUp.IsZero;

    /// <summary>
    /// The visits a week the planner starts from: the site's required visits, or for a site with demand and no
    /// requirement (an urban community, 社区) <see cref="PlannerOptions.DemandOnlyVisitsPerWeek"/>; 1–7.
    /// </summary>
    public static int VisitsPerWeek(Site site, PlannerOptions options) =>
        Math.Clamp(site.RequiredVisitsPerWeek > 0 ? site.RequiredVisitsPerWeek : options.DemandOnlyVisitsPerWeek, 1, 7);

    /// <summary>The largest visit (per unit and direction) over the visit days: a route that takes this takes every day's.</summary>
    public static StopDemand Peak(Site site, ServiceDays visitDays)
    {
        var peak = new StopDemand(Quantity.Zero, Quantity.Zero);
        foreach (var day in visitDays.Days)
        {
            peak = StopDemand.Max(peak, OnDay(site, visitDays, day));
        }

        return peak;
    }
}
