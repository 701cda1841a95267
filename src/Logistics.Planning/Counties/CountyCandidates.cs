using Logistics.Planning.Coverage;
using Logistics.Planning.Network;

namespace Logistics.Planning.Counties;

/// <summary>
/// Turns an imported county with every station and outlet open into a siting input
/// (<see cref="CountyImportOptions.CandidatesOnly"/>): each township station becomes a candidate centre with the same
/// id at the seat, each village and community a plain demand point (population and demand kept, no visits) with a
/// candidate outlet <c>C&lt;village code&gt;</c> at its point (<see cref="SitingCandidates"/>). The stations'
/// vehicles go too (they have no depot until a centre opens); the hub's stay.
/// </summary>
internal static class CountyCandidates
{
    public static Scenario Of(Scenario opened)
    {
        var b = opened.ToBuilder();
        b.Name = opened.Name.Replace("geodata import", "geodata import, candidates only / 仅候选点", StringComparison.Ordinal);
        var outlets = new List<Site>();
        foreach (var s in opened.Sites)
        {
            if (s.Tier == SiteTier.TownshipStation)
            {
                b.SetSite(s with { Tier = SiteTier.CandidateSite, RequiredVisitsPerWeek = 0 });
            }
            else if (s.Tier is SiteTier.VillageOutlet or SiteTier.Village)
            {
                b.SetSite(s with { Tier = SiteTier.Village, RequiredVisitsPerWeek = 0 });
                outlets.Add(new Site
                {
                    Id = SitingCandidates.OutletId(s.VillageCode),
                    Name = $"{s.Name}（候选网点）",
                    Tier = SiteTier.CandidateSite,
                    TownshipCode = s.TownshipCode,
                    VillageCode = s.VillageCode,
                    Location = s.Location,
                    LocationEstimated = s.LocationEstimated,
                });
            }
        }

        b.AddSites(outlets);
        foreach (var v in opened.VehicleTypes.Where(v => v.HomeDepot != opened.Hub?.Id))
        {
            b.RemoveVehicleType(v.Id);
        }

        return b.Build();
    }
}
