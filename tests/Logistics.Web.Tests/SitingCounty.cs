using Logistics.Planning.Demo;
using Logistics.Planning.Network;

namespace Logistics.Web.Tests;

/// <summary>
/// The demo county with candidate centres, as <c>county CODE --candidates</c> writes them: every second township station
/// becomes a candidate centre (a candidate site whose id is its township code, at the same place; the vans based there
/// go with it), next to the demo's own candidate outlets. The villages without an outlet carry HTML in their names
/// (<see cref="Markup"/>): the map must show it as text. For the two-level siting on the Coverage page.
/// </summary>
internal static class SitingCounty
{
    public const string Name = "青岭县 两级选址 two-level";

    /// <summary>Put before the name of every village without an outlet.</summary>
    public const string Markup = "<b class=\"xss\" onmouseover=\"window.__xss=1\">";

    private static readonly Lazy<Scenario> Built = new(Build);

    public static Scenario Scenario => Built.Value;

    private static Scenario Build()
    {
        var demo = EmbeddedDemo.Load();
        var builder = demo.ToBuilder();
        builder.Name = Name;
        foreach (var station in demo.SitesOf(SiteTier.TownshipStation).Where((s, i) => i % 2 == 1 && s.TownshipCode.Length > 0))
        {
            builder.RemoveSite(station.Id);
            foreach (var type in demo.VehicleTypes.Where(v => v.HomeDepot == station.Id))
            {
                builder.RemoveVehicleType(type.Id);
            }

            builder.AddSite(station with
            {
                Id = new Core.Ids.SiteId(station.TownshipCode),
                Tier = SiteTier.CandidateSite,
                Demand = WeeklyDemand.None,
                RequiredVisitsPerWeek = 0,
            });
        }

        foreach (var village in demo.SitesOf(SiteTier.Village))
        {
            builder.RemoveSite(village.Id);
            builder.AddSite(village with { Name = Markup + village.Name });
        }

        return builder.Build();
    }
}
