using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Kpis;

/// <summary>
/// How much of the county's weekly demand a plan carries, down (goods to the sites) and up (produce from them), in kg
/// and m³ a week, and the sites whose demand it leaves (in part) behind.
/// <list type="bullet">
/// <item>The county's total: the weekly demand of every site except the county hub (goods start and end there).</item>
/// <item>Carried: what <see cref="DemandAssignment"/> puts on the plan's stops at each site. A stop of a feeder line
/// (home depot = a township station) counts only on days when some trunk line calls at that station, since on other
/// days the goods never reach the station; every other stop (trunk, direct, co-modal) counts as it stands.</item>
/// </list>
/// A site visited on at least one day has its whole week carried ("orders wait for the next visit"); a site no line
/// stops at has none of it carried.
/// </summary>
/// <param name="DownTotal">The county's weekly down demand (kg, m³).</param>
/// <param name="DownCarried">The part of it the plan carries.</param>
/// <param name="UpTotal">The county's weekly produce (kg, m³).</param>
/// <param name="UpCarried">The part of it the plan carries.</param>
/// <param name="NotCarried">The sites with demand the plan does not carry in full, largest shortfall first.</param>
public sealed record DemandCarried(
    Quantity DownTotal,
    Quantity DownCarried,
    Quantity UpTotal,
    Quantity UpCarried,
    IReadOnlyList<UncarriedDemand> NotCarried)
{
    /// <summary>Tolerance of "carried in full", kg a week (floating-point sums over days and shares).</summary>
    private const double ToleranceKg = 1e-6;

    /// <summary>Down demand carried, tonnes a week.</summary>
    public double DownCarriedTonnes => DownCarried.Kg / 1000;

    /// <summary>The county's down demand, tonnes a week.</summary>
    public double DownTotalTonnes => DownTotal.Kg / 1000;

    /// <summary>Produce carried, tonnes a week.</summary>
    public double UpCarriedTonnes => UpCarried.Kg / 1000;

    /// <summary>The county's produce, tonnes a week.</summary>
    public double UpTotalTonnes => UpTotal.Kg / 1000;

    /// <summary>Share of the down demand carried (by weight), 1 when there is none.</summary>
    public double DownShare => DownTotal.Kg > 0 ? DownCarried.Kg / DownTotal.Kg : 1;

    /// <summary>Share of the produce carried (by weight), 1 when there is none.</summary>
    public double UpShare => UpTotal.Kg > 0 ? UpCarried.Kg / UpTotal.Kg : 1;

    /// <summary>Down and up together, tonnes a week carried: the divisor of the cost per tonne.</summary>
    public double CarriedTonnes => (DownCarried.Kg + UpCarried.Kg) / 1000;

    /// <summary>Whether every kilo of the county's demand is carried.</summary>
    public bool All => NotCarried.Count == 0;

    public static DemandCarried Compute(LinePlan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var assignment = DemandAssignment.Compute(plan, scenario);
        var carried = new Dictionary<SiteId, StopLoad>();
        foreach (var line in plan.Lines)
        {
            foreach (var day in line.ServiceDays.Days)
            {
                if (line.Kind == LineKind.Feeder && DemandAssignment.TrunkCallsAt(plan, line.HomeDepot, day).Count == 0)
                {
                    continue;
                }

                var loads = assignment.For(line, day);
                for (var i = 0; i < line.Stops.Count; i++)
                {
                    var site = line.Stops[i].Site;
                    carried[site] = carried.GetValueOrDefault(site) + loads[i];
                }
            }
        }

        Quantity downTotal = Quantity.Zero, upTotal = Quantity.Zero, downCarried = Quantity.Zero, upCarried = Quantity.Zero;
        var missing = new List<UncarriedDemand>();
        foreach (var site in scenario.Sites.Where(s => s.Tier != SiteTier.CountyHub))
        {
            var down = site.Demand.WeekDown;
            var up = site.Demand.WeekUp;
            if (down.IsZero && up.IsZero)
            {
                continue;
            }

            var got = carried.GetValueOrDefault(site.Id);

            // A site's carried goods never exceed its demand (shares add up to it); clamp the rounding.
            var gotDown = new Quantity(Math.Min(down.Kg, got.Drop.Kg), Math.Min(down.M3, got.Drop.M3));
            var gotUp = new Quantity(Math.Min(up.Kg, got.Pick.Kg), Math.Min(up.M3, got.Pick.M3));
            downTotal += down;
            upTotal += up;
            downCarried += gotDown;
            upCarried += gotUp;
            if (down.Kg - gotDown.Kg > ToleranceKg || up.Kg - gotUp.Kg > ToleranceKg)
            {
                missing.Add(new UncarriedDemand(site.Id, site.Name, site.Tier, down - gotDown, up - gotUp));
            }
        }

        return new DemandCarried(downTotal, downCarried, upTotal, upCarried,
            missing.OrderByDescending(m => m.Down.Kg + m.Up.Kg).ThenBy(m => m.Site.Value, StringComparer.Ordinal).ToList());
    }
}
