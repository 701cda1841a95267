using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Coverage;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Tests.Lines;
using Logistics.Planning.Verification;
using Logistics.Spatial.Coverage;

namespace Logistics.Planning.Tests.Coverage;

/// <summary>
/// Planning what-ifs on the small county of <see cref="LineFixture"/> (hub H, stations S1 and S2 with outlets A1–A3
/// and B1–B3), with township codes and a few more sites:
/// <code>
/// V1  village (pop 600, its own demand: 2 × an outlet's)   107.94, 30.42   township 1, far north-east of S1
/// C1  candidate site next to V1                             107.935, 30.42  township 1
/// V2  village (pop 300, no demand data)                     107.725, 30.40  township 2, north of B3
/// C2  candidate site next to V2                             107.72, 30.40   township 2
/// C3  candidate site in the middle of the A outlets         107.871, 30.371 township 1 (nobody's nearest)
/// </code>
/// A1–A3 and B1–B3 have population 500.
/// </summary>
public sealed class WhatIfPlanningTests
{
    private const string T1 = "500231101";
    private const string T2 = "500231102";

    private static Scenario County()
    {
        var b = LineFixture.Builder();
        foreach (var site in b.Sites.ToList())
        {
            var code = site.Id.Value switch
            {
                "S1" or "A1" or "A2" or "A3" => T1,
                "S2" or "B1" or "B2" or "B3" => T2,
                _ => string.Empty,
            };
            b.SetSite(site with { TownshipCode = code, Population = site.Tier == SiteTier.VillageOutlet ? 500 : site.Population });
        }

        // Costs and CO₂ (the fixture's vehicles have none): yuan per km and per hour, fixed per day, kg per km.
        foreach (var type in b.VehicleTypes.ToList())
        {
            b.RemoveVehicleType(type.Id);
            b.AddVehicleType(type with { CostPerKm = 1.5, CostPerHour = 30, FixedCostPerDay = 100, Co2KgPerKm = 0.25 });
        }

        var twice = new DailyDemand(new Quantity(60, 0.4), new Quantity(20, 0.2), new Quantity(20, 0.2), new Quantity(40, 0.4));
        b.AddSite(Site("V1", SiteTier.Village, T1, 107.94, 30.42, 600) with { Demand = LineFixture.Every(twice) });
        b.AddSite(Site("C1", SiteTier.CandidateSite, T1, 107.935, 30.42, 0));
        b.AddSite(Site("V2", SiteTier.Village, T2, 107.725, 30.40, 300));
        b.AddSite(Site("C2", SiteTier.CandidateSite, T2, 107.72, 30.40, 0));
        b.AddSite(Site("C3", SiteTier.CandidateSite, T1, 107.871, 30.371, 0));
        return b.Build();
    }

    private static Site Site(string id, SiteTier tier, string township, double lon, double lat, int population) => new()
    {
        Id = new SiteId(id),
        Name = id + "村",
        Tier = tier,
        TownshipCode = township,
        Location = new GeoPoint(lon, lat),
        Population = population,
    };

    private static WhatIfPlanningOptions Options(params WhatIfPlanMode[] modes) => new()
    {
        Coverage = new CoverageOptions { Thresholds = [CoverageThreshold.Parse("3km")] },
        Planner = PlannerOptions.Default with { ComputeBaseline = false, Seed = 3, RoutingIterations = 100 },
        Modes = modes.Length == 0 ? [WhatIfPlanMode.Replan, WhatIfPlanMode.FromScratch] : modes,
    };

    private static OutletChange Add(params string[] ids) => new() { Add = ids.Select(i => new SiteId(i)).ToList() };

    private static OutletChange Remove(params string[] ids) => new() { Remove = ids.Select(i => new SiteId(i)).ToList() };

    private static WhatIfPlanningResult Run(Scenario scenario, OutletChange change, WhatIfPlanningOptions options) =>
        WhatIfPlanning.Run(scenario, change, options, cancellationToken: TestContext.Current.CancellationToken);

    private static int VisitDays(LinePlan plan, string site) =>
        ServiceDays.FromMask(plan.Lines.Where(l => l.IndexOf(new SiteId(site)) >= 0).Aggregate(0, (m, l) => m | l.ServiceDays.Mask)).Count;

    [Fact]
    public void Adding_a_far_outlet_increases_km_and_cost_in_both_modes_and_both_plans_verify()
    {
        var result = Run(County(), Add("C1"), Options());

        Assert.Equal([WhatIfPlanMode.Replan, WhatIfPlanMode.FromScratch], result.Plans.Select(p => p.Mode));
        foreach (var p in result.Plans)
        {
            Assert.True(p.Before.IsClean, p.Before.Verification.ToString());
            Assert.True(p.After.IsClean, $"{p.Mode}: {p.After.Verification} {string.Join(", ", p.After.Unplanned.Select(u => u.English))}");
            Assert.True(p.BothClean);

            // C1 is about 8 km beyond A3: every visit adds a detour of well over 10 km.
            Assert.True(p.DeltaKm > 10 * 2, $"{p.Mode}: {p.Before.WeeklyKm:0.0} → {p.After.WeeklyKm:0.0} km");
            Assert.True(p.DeltaCost > 0, $"{p.Mode}: {p.DeltaCost}");
            Assert.True(p.DeltaCo2Kg > 0);
            Assert.Equal(p.After.WeeklyKm - p.Before.WeeklyKm, p.DeltaKm, 9);
            Assert.Equal(2, VisitDays(p.After.Plan, "C1")); // the reference outlet A3 needs 2 visits a week
            Assert.Equal(0, VisitDays(p.Before.Plan, "C1"));
        }

        // One plan before, shared by both modes (planned once from scratch with the seed).
        Assert.Same(result.Plans[0].Before, result.Plans[1].Before);
        Assert.Equal([T1], result.Plans[0].AffectedTownships);
        Assert.Equal([new SiteId("S1")], result.Plans[0].AffectedStations);

        // Coverage: V1 (600 people, 0.5 km from C1) is now covered at 3 km.
        var delta = Assert.Single(result.Coverage.Deltas);
        Assert.Equal(600, delta.CoveredPopulation);
        Assert.Equal(["V1"], result.Coverage.NewlyCovered(0).Select(v => v.Id.Value));
    }

    [Fact]
    public void In_replan_mode_the_lines_of_untouched_townships_stay_byte_identical()
    {
        var result = Run(County(), Add("C1"), Options(WhatIfPlanMode.Replan));
        var p = Assert.Single(result.Plans);

        // Township 2 (S2, B1–B3) is untouched: its feeders are locked and come back unchanged; the lines of S1 and the
        // trunks that call there are re-planned.
        var kept = p.Before.Plan.Lines.Where(l => l.HomeDepot == new SiteId("S2")).ToList();
        Assert.NotEmpty(kept);
        Assert.True(p.LockedLines >= kept.Count, $"{p.LockedLines} locked");
        foreach (var line in kept)
        {
            Assert.True(p.After.Plan.TryGetLine(line.Id, out var after), line.Id);
            Assert.True(after.Locked, line.Id);
            Assert.Equal(LinePlanJson.SerializeLine(line with { Locked = true }), LinePlanJson.SerializeLine(after));
        }

        Assert.All(p.After.Plan.Lines.Where(l => l.Locked), l => Assert.True(l.HomeDepot != new SiteId("S1") && l.IndexOf(new SiteId("S1")) < 0, l.Id));
        Assert.Contains(p.After.Plan.Lines, l => !l.Locked && l.IndexOf(new SiteId("C1")) >= 0);
        Assert.True(p.After.IsClean, p.After.Verification.ToString());
    }

    [Fact]
    public void Replanning_all_trunks_keeps_only_the_untouched_townships_feeders()
    {
        var result = Run(County(), Add("C1"), Options(WhatIfPlanMode.Replan) with { ReplanAllTrunks = true });
        var p = Assert.Single(result.Plans);
        var feedersOfS2 = p.Before.Plan.Lines.Where(l => l.HomeDepot == new SiteId("S2")).ToList();
        Assert.Equal(feedersOfS2.Count, p.LockedLines);
        Assert.All(p.After.Plan.Lines.Where(l => l.Locked), l => Assert.Equal(LineKind.Feeder, l.Kind));
        Assert.Contains(p.After.Plan.Lines, l => l.Kind == LineKind.Trunk && !l.Locked);
        Assert.True(p.After.IsClean, p.After.Verification.ToString());
    }

    [Fact]
    public void A_given_current_plan_is_the_before_of_replan_mode_and_its_unaffected_lines_are_kept()
    {
        var scenario = County();
        var current = LinePlanner.Plan(
            scenario, PlannerOptions.Default with { ComputeBaseline = false, Seed = 11 }, new StraightLineTravelTimes(scenario),
            cancellationToken: TestContext.Current.CancellationToken).Plan;
        var options = Options(WhatIfPlanMode.Replan) with { CurrentPlan = current };
        var result = Run(scenario, Add("C2"), options);
        var p = Assert.Single(result.Plans);

        Assert.False(p.Before.Planned);
        Assert.Same(current, p.Before.Plan);
        Assert.True(p.Before.IsClean, p.Before.Verification.ToString());
        Assert.Equal(TimeSpan.Zero, p.Before.Elapsed);

        // C2 is in township 2: the lines that neither start at S2 nor stop there (S1's feeders) are kept as they are.
        var untouched = current.Lines.Where(l => l.HomeDepot != new SiteId("S2") && l.IndexOf(new SiteId("S2")) < 0).ToList();
        Assert.NotEmpty(untouched);
        Assert.Equal(untouched.Count, p.LockedLines);
        foreach (var line in untouched)
        {
            Assert.True(p.After.Plan.TryGetLine(line.Id, out var kept), line.Id);
            Assert.Equal(LinePlanJson.SerializeLine(line with { Locked = true }), LinePlanJson.SerializeLine(kept));
        }

        Assert.Equal(3, VisitDays(p.After.Plan, "C2")); // reference B3: 3 visits a week
        Assert.True(p.After.IsClean, p.After.Verification + string.Join(", ", p.After.Unplanned.Select(u => u.English)));
        Assert.True(p.DeltaKm > 0);
    }

    [Fact]
    public void A_current_plan_of_another_county_is_refused_naming_the_line_and_site()
    {
        var scenario = County();
        var other = LineFixture.Plan(LineFixture.Scenario());
        var foreign = other.ToBuilder().SetLine(LineFixture.F1 with { Stops = [.. LineFixture.F1.Stops.Take(2), LineFixture.F1.Stops[2] with { Site = new SiteId("X9") }] }).Build();
        var e = Assert.Throws<DataValidationException>(() => Run(scenario, Add("C2"), Options(WhatIfPlanMode.Replan) with { CurrentPlan = foreign }));
        Assert.Contains(e.Errors, x => x.Value == "X9" && x.Entity == "line 'F1'");
    }

    [Fact]
    public void Removing_the_last_outlet_of_a_feeder_never_increases_km_from_scratch()
    {
        var result = Run(County(), Remove("A3"), Options(WhatIfPlanMode.FromScratch));
        var p = Assert.Single(result.Plans);

        Assert.True(p.BothClean, p.After.Verification.ToString());
        Assert.True(p.DeltaKm <= 1e-9, $"{p.Before.WeeklyKm:0.0} → {p.After.WeeklyKm:0.0} km");
        Assert.True(p.DeltaCost <= 1e-9, $"{p.Before.WeeklyCost:0.00} → {p.After.WeeklyCost:0.00}");
        // A3 keeps its goods without an outlet: no demand is dropped, so a line still calls at the village.
        Assert.Contains(p.After.Plan.Lines, l => l.IndexOf(new SiteId("A3")) >= 0);

        var closed = Assert.Single(result.Closed);
        Assert.Equal(SiteTier.Village, closed.Site.Tier);
        Assert.Equal(0, closed.Site.RequiredVisitsPerWeek);
        Assert.Null(closed.DemandMovedTo); // stays at the village by default, like every site with demand and no outlet

        // A3 (500 people) is now 1 km from A2: still covered at 3 km, so no one loses coverage.
        Assert.Equal(0, result.Coverage.Deltas[0].CoveredPopulation);
    }

    [Fact]
    public void The_same_seed_gives_the_same_answer()
    {
        var a = Run(County(), new OutletChange { Add = [new SiteId("C1")], Remove = [new SiteId("B2")] }, Options());
        var b = Run(County(), new OutletChange { Add = [new SiteId("C1")], Remove = [new SiteId("B2")] }, Options());
        Assert.Equal(a.Plans.Count, b.Plans.Count);
        foreach (var (x, y) in a.Plans.Zip(b.Plans))
        {
            Assert.Equal(LinePlanJson.Serialize(x.Before.Plan), LinePlanJson.Serialize(y.Before.Plan));
            Assert.Equal(LinePlanJson.Serialize(x.After.Plan), LinePlanJson.Serialize(y.After.Plan));
            Assert.Equal(x.DeltaKm, y.DeltaKm);
            Assert.Equal(x.DeltaCost, y.DeltaCost);
        }
    }

    [Fact]
    public void An_added_outlet_takes_the_goods_of_the_villages_it_becomes_nearest_to()
    {
        var scenario = County();
        var result = Run(scenario, Add("C1", "C2", "C3"), Options(WhatIfPlanMode.FromScratch));
        var byId = result.Added.ToDictionary(a => a.Site.Id.Value);

        // C1: V1's own demand (its own data), reference A3 (the nearest outlet) lends hours and 2 visits.
        Assert.Equal(["V1"], byId["C1"].Villages.Select(v => v.Id.Value));
        Assert.Equal(0, byId["C1"].ScaledVillages);
        Assert.Equal("A3", byId["C1"].Reference.Id.Value);
        Assert.Equal(scenario[new SiteId("V1")].Demand, byId["C1"].Site.Demand);
        Assert.Equal(SiteTier.VillageOutlet, result.After[new SiteId("C1")].Tier);

        // C2: V2 has no demand data: B3's demand × 300 / 500 people.
        Assert.Equal(["V2"], byId["C2"].Villages.Select(v => v.Id.Value));
        Assert.Equal(1, byId["C2"].ScaledVillages);
        Assert.Equal("B3", byId["C2"].Reference.Id.Value);
        Assert.Equal(LineFixture.OutletDay.Down.Kg * 7 * 0.6, byId["C2"].WeeklyDownKg, 6);
        Assert.Equal(LineFixture.OutletDay.Up.Kg * 7 * 0.6, byId["C2"].WeeklyUpKg, 6);

        // C3 sits among outlets that cover their own villages: nobody's nearest, no goods, still visited.
        Assert.Empty(byId["C3"].Villages);
        Assert.Equal(0, byId["C3"].WeeklyDownKg);
        Assert.Contains(result.Warnings, w => w.Code == "whatif.no-villages" && w.Value == "C3");
        var p = Assert.Single(result.Plans);
        Assert.Equal(2, VisitDays(p.After.Plan, "C3"));
    }

    [Fact]
    public void A_closed_outlets_goods_can_move_to_the_nearest_remaining_outlet()
    {
        var options = Options(WhatIfPlanMode.FromScratch) with { RemovedDemand = RemovedOutletDemand.MovedToNearestOutlet, AddedVisitsPerWeek = 1 };
        var result = Run(County(), Remove("A3"), options);
        var closed = Assert.Single(result.Closed);
        Assert.Equal("A2", closed.DemandMovedTo?.Id.Value);
        Assert.Equal(WeeklyDemand.None, closed.Site.Demand);
        Assert.Equal(2 * LineFixture.OutletDay.Down.Kg * 7, result.After[new SiteId("A2")].Demand.WeekDown.Kg, 6);
        Assert.True(result.Plans[0].After.IsClean, result.Plans[0].After.Verification.ToString());
    }

    [Fact]
    public void Closing_a_station_or_adding_an_outlet_twice_is_refused_with_the_site_named()
    {
        var scenario = County();
        var station = Assert.Throws<DataValidationException>(() => Run(scenario, Remove("S1"), Options()));
        Assert.Contains(station.Errors, e => e.Code == "not-closable" && e.Value == "S1");

        var twice = Assert.Throws<DataValidationException>(() => Run(scenario, Add("C1", "C1"), Options()));
        Assert.Contains(twice.Errors, e => e.Code == "duplicate-site" && e.Value == "C1");

        var visits = Assert.Throws<DataValidationException>(() => Run(scenario, Add("C1"), Options() with { AddedVisitsPerWeek = 9 }));
        Assert.Contains(visits.Errors, e => e.Code == "out-of-range");
    }
}
