using Logistics.Planning.Demo;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;
using Logistics.Spatial.Geodesy;

namespace Logistics.Web.Tests;

/// <summary>
/// A small county cut from the demo county for the tests that need a plan quickly: the hub, two township stations
/// with their six nearest outlets each, and the vehicle types based at those depots. Its plans come from the real
/// line planner (<see cref="Plan"/>), never built by hand.
/// </summary>
internal static class SmallCounty
{
    public const string Name = "青岭县 小样 small";

    /// <summary>The planner settings the tests use (the app's configuration keys, <c>Logistics:Planner</c>).</summary>
    public static readonly string[] FastPlannerArgs = ["--Logistics:Planner:ComputeBaseline=false", "--Logistics:Planner:RoutingIterations=150"];

    private static readonly Lazy<Scenario> Cut = new(Build);
    private static readonly Lazy<PlanResult> Planned = new(() =>
        LinePlanner.Plan(Scenario, PlannerOptions.Default with { RoutingIterations = 100, ComputeBaseline = false, TimeLimit = TimeSpan.FromSeconds(60) }, new StraightLineTravelTimes(Scenario)));

    public static Scenario Scenario => Cut.Value;

    /// <summary>The small county planned once by <see cref="LinePlanner"/> (shared by the tests; same seed, same plan).</summary>
    public static LinePlan Plan => Planned.Value.Plan;

    private static Scenario Build()
    {
        var demo = EmbeddedDemo.Load();
        var stations = demo.SitesOf(SiteTier.TownshipStation).Take(2).ToList();
        var keep = new HashSet<Core.Ids.SiteId> { demo.Hub!.Id };
        foreach (var station in stations)
        {
            keep.Add(station.Id);
            foreach (var outlet in demo.SitesOf(SiteTier.VillageOutlet)
                         .Where(o => o.TownshipCode == station.TownshipCode)
                         .OrderBy(o => GreatCircle.DistanceMetres(o.Location, station.Location))
                         .Take(6))
            {
                keep.Add(outlet.Id);
            }
        }

        var builder = demo.ToBuilder();
        builder.Name = Name;
        foreach (var site in demo.Sites.Where(s => !keep.Contains(s.Id)))
        {
            builder.RemoveSite(site.Id);
        }

        foreach (var type in demo.VehicleTypes.Where(v => !keep.Contains(v.HomeDepot)))
        {
            builder.RemoveVehicleType(type.Id);
        }

        return builder.Build();
    }
}
