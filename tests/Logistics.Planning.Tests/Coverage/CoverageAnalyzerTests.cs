using Logistics.Core.Errors;
using Logistics.Planning.Coverage;
using Logistics.Spatial.Coverage;
using static Logistics.Planning.Tests.Coverage.LineCounty;

namespace Logistics.Planning.Tests.Coverage;

public class CoverageAnalyzerTests
{
    private static readonly CoverageOptions ThreeKmAndFifteenMinutes = new()
    {
        Thresholds = [CoverageThreshold.Parse("3km"), CoverageThreshold.Parse("15min")],
    };

    [Fact]
    public void Villages_are_the_outlets_and_villages_with_their_nearest_outlet()
    {
        var report = CoverageAnalyzer.Analyze(Build(), ThreeKmAndFifteenMinutes);

        Assert.Equal(["V0", "O1", "V1", "V2", "O2", "V3"], report.Villages.Select(v => v.Village.Id.Value));
        Assert.Equal(["S1", "O1", "S2", "O2"], report.Outlets.Select(o => o.Id.Value));
        var byId = report.Villages.ToDictionary(v => v.Village.Id.Value);

        // An outlet covers its own village at distance 0.
        Assert.Equal("O1", byId["O1"].NearestByDistance!.Id.Value);
        Assert.Equal(0, byId["O1"].Distance.Value);
        Assert.Equal("S1", byId["V0"].NearestByDistance!.Id.Value);
        Assert.Equal(1000, byId["V0"].Distance.Value);
        Assert.Equal(7, byId["V0"].RequiredVisitsPerWeek);
        Assert.Null(byId["V0"].WeeklyVisits); // no line plan given
        Assert.Equal(1000, byId["V1"].Distance.Value);
        Assert.Equal(3, byId["V1"].RequiredVisitsPerWeek);

        // 1 km × 1.5 at 30 km/h (8⅓ m/s) = 180 s.
        Assert.Equal(180, byId["V1"].Time.Value);
        Assert.Equal("O1", byId["V1"].NearestByTime!.Id.Value);
        Assert.Equal(4000, byId["V2"].Distance.Value);
        Assert.Equal(720, byId["V2"].Time.Value);

        // V3 (km 27) is 6 km from O2 (km 21) and 7 km from S2.
        Assert.Equal("O2", byId["V3"].NearestByDistance!.Id.Value);
        Assert.Equal(6000, byId["V3"].Distance.Value);
        Assert.Equal(1080, byId["V3"].Time.Value);
    }

    [Fact]
    public void County_shares_by_count_and_population_match_the_hand_count()
    {
        var report = CoverageAnalyzer.Analyze(Build(), ThreeKmAndFifteenMinutes);

        // 3 km: V0 (1 km from S1), O1, V1 (1 km), O2 covered; V2 (4 km) and V3 (6 km) not.
        var threeKm = report.County[0];
        Assert.Equal((6, 4, 2900L, 2400L), (threeKm.Villages, threeKm.CoveredVillages, threeKm.Population, threeKm.CoveredPopulation));
        Assert.Equal(4 / 6.0, threeKm.ShareByCount, 12);
        Assert.Equal(2400 / 2900.0, threeKm.ShareByPopulation, 12);

        // 15 min reach 5 km: V2 (4 km, 12 min) is covered too, V3 (6 km, 18 min) is not.
        var fifteen = report.County[1];
        Assert.Equal((5, 2600L), (fifteen.CoveredVillages, fifteen.CoveredPopulation));
        Assert.Equal(["V3", "V2"], report.Uncovered(0).Select(v => v.Village.Id.Value));
        Assert.Equal(["V3"], report.Uncovered(1).Select(v => v.Village.Id.Value));
    }

    [Fact]
    public void Township_shares_carry_the_station_name()
    {
        var report = CoverageAnalyzer.Analyze(Build(), ThreeKmAndFifteenMinutes);

        Assert.Equal([T1, T2], report.Townships.Select(t => t.TownshipCode));
        var t1 = report.Townships[0];
        Assert.Equal("一镇综合运输服务站", t1.StationName);
        Assert.Equal((4, 3, 1800L, 1600L), (t1.Shares[0].Villages, t1.Shares[0].CoveredVillages, t1.Shares[0].Population, t1.Shares[0].CoveredPopulation));
        Assert.Equal((4, 1800L), (t1.Shares[1].CoveredVillages, t1.Shares[1].CoveredPopulation));
        var t2 = report.Townships[1];
        Assert.Equal("二镇综合运输服务站", t2.StationName);
        Assert.Equal((2, 1, 1100L, 800L), (t2.Shares[0].Villages, t2.Shares[0].CoveredVillages, t2.Shares[0].Population, t2.Shares[0].CoveredPopulation));
    }

    [Fact]
    public void Without_stations_as_outlets_the_village_next_to_a_station_is_uncovered()
    {
        var report = CoverageAnalyzer.Analyze(Build(), ThreeKmAndFifteenMinutes with { StationsAreOutlets = false });

        Assert.Equal(["O1", "O2"], report.Outlets.Select(o => o.Id.Value));
        var v0 = report.Villages.Single(v => v.Village.Id.Value == "V0");
        Assert.Equal("O1", v0.NearestByDistance!.Id.Value);
        Assert.Equal(4000, v0.Distance.Value);
        Assert.Equal((3, 2300L), (report.County[0].CoveredVillages, report.County[0].CoveredPopulation));
    }

    [Fact]
    public void A_road_network_estimator_can_choose_another_outlet_by_time()
    {
        // Pretend the road from V2 to O1 is slow: every trip to O1 takes an hour; the rest are instant.
        var options = ThreeKmAndFifteenMinutes with { TravelTimes = new FakeRoads((_, to) => to == At(5) ? 3600 : 0) };
        var report = CoverageAnalyzer.Analyze(Build(), options);

        var v2 = report.Villages.Single(v => v.Village.Id.Value == "V2");
        Assert.Equal("O1", v2.NearestByDistance!.Id.Value);
        Assert.Equal("S1", v2.NearestByTime!.Id.Value);
        Assert.Equal(0, v2.Time.Value);
        Assert.True(v2.Covered[1]);
        Assert.False(v2.Covered[0]);
    }

    [Fact]
    public void Adding_a_candidate_and_removing_an_outlet_changes_coverage_per_threshold()
    {
        var change = new OutletChange { Add = [Id("C1")], Remove = [Id("O2")] };
        var result = WhatIfAnalysis.Run(Build(), change, ThreeKmAndFifteenMinutes, cancellationToken: TestContext.Current.CancellationToken);

        // C1 (km 8.5) covers V2 at 0.5 km; O2's village is then served by S2 at 1 km (6 visits/week).
        Assert.Equal((1, 200L), (result.Deltas[0].CoveredVillages, result.Deltas[0].CoveredPopulation));
        Assert.Equal((0, 0L), (result.Deltas[1].CoveredVillages, result.Deltas[1].CoveredPopulation));
        Assert.Equal(["V2"], result.NewlyCovered(0).Select(s => s.Id.Value));
        Assert.Empty(result.NoLongerCovered(0));
        var o2 = result.After.Villages.Single(v => v.Village.Id.Value == "O2");
        Assert.Equal(("S2", 1000L, 6), (o2.NearestByDistance!.Id.Value, o2.Distance.Value, o2.RequiredVisitsPerWeek));
        Assert.Equal(6, result.After.Villages.Count);
    }

    [Fact]
    public void Removing_an_outlet_without_a_station_nearby_loses_its_village()
    {
        var options = ThreeKmAndFifteenMinutes with { StationsAreOutlets = false };
        var result = WhatIfAnalysis.Run(Build(), new OutletChange { Remove = [Id("O2")] }, options, cancellationToken: TestContext.Current.CancellationToken);

        // O2 is then 16 km from O1 and V3 22 km: both outside 3 km and 15 min; V3 was uncovered already.
        Assert.Equal((-1, -800L), (result.Deltas[0].CoveredVillages, result.Deltas[0].CoveredPopulation));
        Assert.Equal(["O2"], result.NoLongerCovered(1).Select(s => s.Id.Value));
    }

    [Fact]
    public void A_wrong_change_names_every_site_and_the_reason()
    {
        var change = new OutletChange { Add = [Id("O1"), Id("nope")], Remove = [Id("V3")] };
        var e = Assert.Throws<DataValidationException>(() => WhatIfAnalysis.Run(Build(), change, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(["not-addable", "unknown-site", "not-an-outlet"], e.Errors.Select(x => x.Code));
        Assert.Contains("O1", e.Errors[0].Entity);
        Assert.Equal("nope", e.Errors[1].Value);
        Assert.Equal("remove", e.Errors[2].Column);
    }
}
