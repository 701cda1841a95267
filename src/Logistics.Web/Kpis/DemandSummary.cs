using Logistics.Planning.Kpis;

namespace Logistics.Web.Kpis;

/// <summary>
/// The county's weekly demand and the part a plan carries (<see cref="DemandCarried"/>), tonnes a week, goods down
/// and produce up, and how many sites with demand it leaves (in part) behind. Stored with <see cref="PlanSummary"/>.
/// </summary>
public sealed record DemandSummary(double DownCarriedTonnes, double DownTotalTonnes, double UpCarriedTonnes, double UpTotalTonnes, int SitesNotCarried)
{
    /// <summary>Share of the goods down carried (1 when there are none).</summary>
    public double DownShare => DownTotalTonnes > 0 ? DownCarriedTonnes / DownTotalTonnes : 1;

    /// <summary>Share of the produce up carried (1 when there is none).</summary>
    public double UpShare => UpTotalTonnes > 0 ? UpCarriedTonnes / UpTotalTonnes : 1;

    public static DemandSummary Of(DemandCarried demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return new DemandSummary(
            Math.Round(demand.DownCarriedTonnes, 3),
            Math.Round(demand.DownTotalTonnes, 3),
            Math.Round(demand.UpCarriedTonnes, 3),
            Math.Round(demand.UpTotalTonnes, 3),
            demand.NotCarried.Count);
    }
}
