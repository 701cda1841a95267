using Logistics.Core.Ids;
using Logistics.Planning.Demo;
using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>
/// The scenario the line planner sees for a two-level siting answer: each open centre becomes the township station
/// with its id (6 visits a week, as the county import gives a station), each open outlet a village outlet carrying the
/// weekly demand of the villages assigned to it (its own included; visits from <see cref="DemandModel.RequiredVisits"/>),
/// every other village a demand point without visits or goods of its own. Remaining candidates are dropped. Fleet as the
/// county import builds it (<see cref="FleetCatalog"/>): the hub's trucks for the number of open centres, one microvan
/// per centre, two when it serves more than <see cref="FleetCatalog.VillagesPerVan"/> villages. The planner serves an
/// outlet from its own township's station, or, for a township without a centre, from the nearest station: with
/// straight-line travel times that is the centre the siting assigned.
/// </summary>
internal static class TwoLevelNetwork
{
    public const int StationVisitsPerWeek = 6;

    /// <param name="scenario">The candidate scenario.</param>
    /// <param name="centres">Open centres (stations or candidate centres).</param>
    /// <param name="outletOf">Each village → its outlet site (a village outlet, or a candidate outlet).</param>
    public static Scenario Build(Scenario scenario, IReadOnlyCollection<Site> centres, IReadOnlyDictionary<Site, Site> outletOf, DemandModel demand)
    {
        var b = scenario.ToBuilder();
        var hub = scenario.Hub ?? throw new ArgumentException("the scenario has no hub", nameof(scenario));
        var centreIds = centres.Select(c => c.Id).ToHashSet();

        // The outlet a candidate opens: the village it names (the same place), else the candidate itself.
        SiteId OutletSiteId(Site outlet) =>
            SitingCandidates.IsOutlet(outlet) && outlet.VillageCode.Length > 0 && scenario.TryGetSite(new SiteId(outlet.VillageCode), out var v)
                ? v.Id : outlet.Id;
        var served = new Dictionary<SiteId, List<Site>>();
        foreach (var (village, outlet) in outletOf)
        {
            var id = OutletSiteId(outlet);
            if (!served.TryGetValue(id, out var list))
            {
                served[id] = list = [];
            }

            list.Add(village);
        }

        foreach (var s in scenario.Sites)
        {
            if (s.Tier == SiteTier.TownshipStation || centreIds.Contains(s.Id))
            {
                b.SetSite(s with { Tier = SiteTier.TownshipStation, RequiredVisitsPerWeek = Math.Max(s.RequiredVisitsPerWeek, StationVisitsPerWeek) });
                continue;
            }

            if (s.Tier == SiteTier.CandidateSite && !served.ContainsKey(s.Id))
            {
                b.RemoveSite(s.Id);
                continue;
            }

            if (s.Tier is SiteTier.VillageOutlet or SiteTier.Village or SiteTier.CandidateSite)
            {
                if (served.TryGetValue(s.Id, out var villages))
                {
                    var total = villages.Aggregate(WeeklyDemand.None, (sum, v) => OutletChangeScenario.Add(sum, v.Demand));
                    b.SetSite(s with
                    {
                        Tier = SiteTier.VillageOutlet,
                        Demand = total,
                        RequiredVisitsPerWeek = Math.Max(1, demand.RequiredVisits(total)),
                    });
                }
                else
                {
                    b.SetSite(s with { Tier = SiteTier.Village, Demand = WeeklyDemand.None, RequiredVisitsPerWeek = 0 });
                }
            }
        }

        foreach (var v in scenario.VehicleTypes)
        {
            b.RemoveVehicleType(v.Id);
        }

        var stations = b.Sites.Where(s => s.Tier == SiteTier.TownshipStation).ToList();
        foreach (var v in FleetCatalog.HubFleet(hub.Id, stations.Count))
        {
            b.AddVehicleType(v);
        }

        foreach (var extra in scenario.VehicleTypes.Where(v => v.HomeDepot == hub.Id && b.VehicleTypes.All(t => t.Id != v.Id)))
        {
            b.AddVehicleType(extra);
        }

        foreach (var station in stations)
        {
            int villages = outletOf.Count(p => NearestStation(p.Value, stations)?.Id == station.Id);
            b.AddVehicleType(scenario.VehicleTypes.FirstOrDefault(v => v.HomeDepot == station.Id) is { } own
                ? own
                : FleetCatalog.StationVan(station, villages));
        }

        return b.Build();
    }

    /// <summary>The station of the outlet's township, else the nearest by straight line.</summary>
    private static Site? NearestStation(Site outlet, List<Site> stations) =>
        stations.FirstOrDefault(s => s.TownshipCode == outlet.TownshipCode) ?? OutletChangeScenario.Nearest(outlet, stations);
}
