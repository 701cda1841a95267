using System.Globalization;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Verification;

/// <summary>
/// The verifier's own count of the demand the plan carries. The demand a site has on day x travels on its first
/// visit day on or after x (round the week); the k lines stopping there that day take 1/k each. A share counts as
/// carried when its line is connected to the county hub that day: a line based at the hub (trunk, direct, co-modal),
/// or a line based at a township station on a day some trunk stops at that station. The hub's own demand needs no
/// line. Every site left with demand not carried gets a <see cref="ViolationCodes.DemandNotCarried"/>, measured in
/// kg a week (down + up).
/// </summary>
internal static class DemandCarriedCheck
{
    public static CarriedDemand Check(IReadOnlyList<Line> lines, Scenario scenario, List<Violation> v)
    {
        var byDay = Weekdays.MondayFirst.Select(d => lines.Where(l => l.ServiceDays.Contains(d)).ToList()).ToArray();
        var trunkStations = byDay.Select(ls => ls.Where(l => l.Kind == LineKind.Trunk)
            .SelectMany(l => l.Stops.Select(s => s.Site)).ToHashSet()).ToArray();
        var totalDown = Quantity.Zero;
        var totalUp = Quantity.Zero;
        var carriedDown = Quantity.Zero;
        var carriedUp = Quantity.Zero;
        foreach (var site in scenario.Sites)
        {
            var down = site.Demand.WeekDown;
            var up = site.Demand.WeekUp;
            if (down.IsZero && up.IsZero)
            {
                continue;
            }

            totalDown += down;
            totalUp += up;
            if (site.Tier == SiteTier.CountyHub)
            {
                carriedDown += down;
                carriedUp += up;
                continue;
            }

            // Per visit day: the share of its lines that reach the hub.
            var connected = new double?[7];
            for (var d = 0; d < 7; d++)
            {
                var visiting = byDay[d].Where(l => l.IndexOf(site.Id) >= 0).ToList();
                if (visiting.Count > 0)
                {
                    connected[d] = visiting.Count(l => ReachesHub(l, scenario, trunkStations[d])) / (double)visiting.Count;
                }
            }

            var siteDown = Quantity.Zero;
            var siteUp = Quantity.Zero;
            for (var x = 0; x < 7; x++)
            {
                var share = VisitShare(connected, x);
                siteDown += site.Demand.Days[x].Down * share;
                siteUp += site.Demand.Days[x].Up * share;
            }

            carriedDown += siteDown;
            carriedUp += siteUp;
            var missingKg = down.Kg - siteDown.Kg + (up.Kg - siteUp.Kg);
            var missingM3 = down.M3 - siteDown.M3 + (up.M3 - siteUp.M3);
            if (missingKg > 1e-6 || missingM3 > 1e-9)
            {
                var visited = connected.Any(c => c is not null);
                v.Add(new Violation(ViolationCodes.DemandNotCarried, null, null, site.Id, missingKg, 0, "kg/week",
                    F($"{site.Name} 每周有 {missingKg:0.#} kg 需求（下行 {down.Kg - siteDown.Kg:0.#} kg，上行 {up.Kg - siteUp.Kg:0.#} kg）{(visited ? "所乘支线当天没有干线接驳" : "没有任何线路运送")}"),
                    F($"{site.Name}: {missingKg:0.#} kg a week (down {down.Kg - siteDown.Kg:0.#} kg, up {up.Kg - siteUp.Kg:0.#} kg) {(visited ? "ride a feeder on a day no trunk calls at its station" : "are carried by no line")}")));
            }
        }

        return new CarriedDemand(totalDown, totalUp, carriedDown, carriedUp);
    }

    /// <summary>The connected share of the first visit day on or after day <paramref name="x"/> (0 when never visited).</summary>
    private static double VisitShare(double?[] connected, int x)
    {
        for (var k = 0; k < 7; k++)
        {
            if (connected[(x + k) % 7] is double share)
            {
                return share;
            }
        }

        return 0;
    }

    private static bool ReachesHub(Line line, Scenario scenario, HashSet<Core.Ids.SiteId> trunkStations) =>
        scenario.TryGetSite(line.HomeDepot, out var depot)
        && (depot.Tier == SiteTier.CountyHub || (depot.Tier == SiteTier.TownshipStation && line.Kind != LineKind.Trunk && trunkStations.Contains(line.HomeDepot)));

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
