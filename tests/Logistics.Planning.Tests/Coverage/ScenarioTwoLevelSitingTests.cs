using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Counties;
using Logistics.Planning.Coverage;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Tests.Counties;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Siting;

namespace Logistics.Planning.Tests.Coverage;

public sealed class ScenarioTwoLevelSitingTests
{
    private static readonly GeometryServices Geometry = new();

    [Fact]
    public void County_candidates_turn_seats_into_candidate_centres_and_villages_into_candidate_outlets()
    {
        var dir = SharedGeodata.RequireDirectory();
        var opened = new CountyImporter(Geometry).Import(dir, "500242", TestContext.Current.CancellationToken).Scenario;
        var candidates = new CountyImporter(Geometry, CountyImportOptions.Default with { CandidatesOnly = true })
            .Import(dir, "500242", TestContext.Current.CancellationToken).Scenario;

        Assert.Equal(39, opened.SitesOf(SiteTier.TownshipStation).Count());
        Assert.Empty(candidates.SitesOf(SiteTier.TownshipStation));
        Assert.Empty(candidates.SitesOf(SiteTier.VillageOutlet));
        var centres = candidates.Sites.Where(SitingCandidates.IsCentre).ToList();
        Assert.Equal(opened.SitesOf(SiteTier.TownshipStation).Select(s => (s.Id, s.Location)), centres.Select(s => (s.Id, s.Location)));
        var outlets = candidates.Sites.Where(SitingCandidates.IsOutlet).ToList();
        var villages = opened.Sites.Where(s => s.Tier is SiteTier.VillageOutlet or SiteTier.Village).ToList();
        Assert.Equal(villages.Count, outlets.Count);
        foreach (var o in outlets)
        {
            var village = candidates[new SiteId(o.VillageCode)];
            Assert.Equal(SiteTier.Village, village.Tier);
            Assert.Equal(village.Location, o.Location);
            Assert.Equal(0, village.RequiredVisitsPerWeek);
            Assert.Equal(opened[village.Id].Population, village.Population);
        }

        Assert.All(candidates.VehicleTypes, v => Assert.Equal(candidates.Hub!.Id, v.HomeDepot));
    }

    [Fact]
    public void The_youyang_preset_opens_15_centres_and_270_outlets_each_served_by_its_nearest_centre()
    {
        var dir = SharedGeodata.RequireDirectory();
        var scenario = new CountyImporter(Geometry, CountyImportOptions.Default with { CandidatesOnly = true })
            .Import(dir, "500242", TestContext.Current.CancellationToken).Scenario;
        var request = new TwoLevelSitingRequest
        {
            Centres = 15,
            Outlets = 270,
            Threshold = CoverageThreshold.Parse("1km"),
            Solver = new SitingOptions { TimeLimit = TimeSpan.FromSeconds(60) },
        };
        var answer = ScenarioTwoLevelSiting.Solve(scenario, request, TestContext.Current.CancellationToken);

        Assert.Equal(15, answer.ChosenCentres.Count);
        Assert.All(answer.ChosenCentres, c => Assert.True(SitingCandidates.IsCentre(c)));
        Assert.Equal(270, answer.ChosenOutlets.Count);
        Assert.Equal(answer.Result.Value, answer.CoveredAfter);
        Assert.True(answer.Result.Bound >= answer.Result.Value);
        var open = answer.ChosenCentres;
        foreach (var (outlet, centre) in answer.CentreOf)
        {
            var nearest = open.MinBy(c => GreatCircle.DistanceMetres(outlet.Location, c.Location))!;
            Assert.True(GreatCircle.DistanceMetres(outlet.Location, centre.Location) <= GreatCircle.DistanceMetres(outlet.Location, nearest.Location) + 1);
        }

        var map = new TwoLevelSitingMap(Geometry).Build(answer);
        Assert.Equal(15, map.Features.Count(f => f.GetString("kind") == "centre"));
        Assert.Equal(270, map.Features.Count(f => f.GetString("kind") == "outlet"));
        Assert.Equal(answer.Problem.Demands.Count, map.Features.Count(f => f.GetString("kind") is "village" or "uncovered-village"));
        Assert.Equal(
            answer.Problem.Demands.Count(v => !answer.IsCovered(answer.Problem.Demands.ToList().IndexOf(v))),
            map.Features.Count(f => f.GetString("kind") == "uncovered-village"));
    }

    [Fact]
    public void A_scenario_without_candidates_is_refused_naming_the_import_option()
    {
        var b = new ScenarioBuilder { Name = "plain" };
        b.AddSite(new Site { Id = new SiteId("H"), Name = "hub", Tier = SiteTier.CountyHub, Location = new GeoPoint(107.8, 30.3) });
        b.AddSite(new Site { Id = new SiteId("V1"), Name = "v", Tier = SiteTier.Village, Location = new GeoPoint(107.81, 30.31), Population = 100 });
        var e = Assert.Throws<DataValidationException>(() => ScenarioTwoLevelSiting.Solve(
            b.Build(), new TwoLevelSitingRequest { Centres = 1, Outlets = 1, Threshold = CoverageThreshold.Parse("1km") }, TestContext.Current.CancellationToken));
        Assert.Contains(e.Errors, x => x.Code == "no-candidate-outlet" && x.Message.Contains("--candidates", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Code == "no-candidate-centre");
    }

    [Fact]
    public void The_what_if_plans_every_candidate_open_against_the_chosen_sites_with_the_same_goods()
    {
        // Hub; two township seats (candidate centres) 10 km apart; four villages, two near each seat.
        var b = new ScenarioBuilder { Name = "two-level what-if", CountyCode = "500001", CountyName = "测试县" };
        b.AddSite(new Site { Id = new SiteId("H"), Name = "hub", Tier = SiteTier.CountyHub, Location = new GeoPoint(107.80, 30.30) });
        var day = new DailyDemand(new Quantity(20, 0.1), Quantity.Zero, new Quantity(5, 0.05), new Quantity(10, 0.1));
        var week = new WeeklyDemand(Enumerable.Repeat(day, 7).ToArray());
        foreach (var (code, lon) in new[] { ("500001101", 107.85), ("500001102", 107.95) })
        {
            b.AddSite(new Site { Id = new SiteId(code), Name = $"{code}站", Tier = SiteTier.CandidateSite, TownshipCode = code, Location = new GeoPoint(lon, 30.30) });
            for (int k = 1; k <= 2; k++)
            {
                var v = new Site
                {
                    Id = new SiteId($"{code}V{k}"), Name = $"{code}村{k}", Tier = SiteTier.Village, TownshipCode = code, VillageCode = $"{code}V{k}",
                    Location = new GeoPoint(lon + (0.01 * k), 30.31), Population = 1000 * k, Demand = week,
                };
                b.AddSite(v);
                b.AddSite(new Site { Id = SitingCandidates.OutletId(v.VillageCode), Name = $"{v.Name}候选", Tier = SiteTier.CandidateSite, TownshipCode = code, VillageCode = v.VillageCode, Location = v.Location });
            }
        }

        foreach (var v in Planning.Demo.FleetCatalog.HubFleet(new SiteId("H"), 2))
        {
            b.AddVehicleType(v);
        }

        var scenario = b.Build();
        var answer = ScenarioTwoLevelSiting.Solve(scenario, new TwoLevelSitingRequest
        {
            Objective = SitingObjective.PMedian,
            Centres = 1,
            Outlets = 2,
            Threshold = CoverageThreshold.Parse("2km"),
        }, TestContext.Current.CancellationToken);
        Assert.Equal(SitingStatus.Optimal, answer.Result.Status);

        var w = TwoLevelWhatIf.Run(scenario, answer, PlannerOptions.Default with { ComputeBaseline = false, TimeLimit = TimeSpan.FromSeconds(5) }, null, TestContext.Current.CancellationToken);

        Assert.Equal(2, w.Before.SitesOf(SiteTier.TownshipStation).Count());
        Assert.Equal(4, w.Before.SitesOf(SiteTier.VillageOutlet).Count());
        Assert.Single(w.After.SitesOf(SiteTier.TownshipStation));
        Assert.Equal(2, w.After.SitesOf(SiteTier.VillageOutlet).Count());
        Assert.DoesNotContain(w.After.Sites, s => s.Tier == SiteTier.CandidateSite);
        Assert.Equal(w.DemandKgBefore, w.DemandKgAfter, 6);
        Assert.Equal(4 * week.WeekDown.Kg + 4 * week.WeekUp.Kg, w.DemandKgAfter, 6);
        foreach (var outlet in w.After.SitesOf(SiteTier.VillageOutlet))
        {
            int villages = answer.OutletOf.Count(p => p.Value.VillageCode == outlet.VillageCode);
            Assert.Equal(villages * week.WeekDown.Kg, outlet.Demand.WeekDown.Kg, 6);
        }

        Assert.True(w.PlanAfter.Vehicles > 0 && w.PlanBefore.Vehicles > 0);
        Assert.Equal(w.CarriedKgAfter, w.DemandKgAfter - w.PlanAfter.Unplanned.Sum(u => (w.After[u.Site].Demand.WeekDown + w.After[u.Site].Demand.WeekUp).Kg), 6);
    }
}
