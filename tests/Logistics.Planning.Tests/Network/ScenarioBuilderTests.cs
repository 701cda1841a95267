using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Network;

public class ScenarioBuilderTests
{
    [Fact]
    public void Valid_scenario_builds_and_indexes_sites()
    {
        var s = SmallScenario.Builder().Build();
        Assert.Equal(4, s.Sites.Count);
        Assert.Equal("HUB", s.Hub!.Id.Value);
        Assert.Equal(2, s.SitesOf(SiteTier.VillageOutlet).Count());
        Assert.True(s.TryGetSite(new SiteId("V2"), out var v2));
        Assert.Equal(25.5 * 7 + 21, v2.Demand.Days.Sum(d => d.ConsumerGoods.Kg), 6);
    }

    [Fact]
    public void A_far_village_and_a_vehicle_type_without_vehicles_are_excluded_as_warnings_and_the_rest_builds()
    {
        var b = SmallScenario.Builder();
        b.AddSite(SmallScenario.Outlet("V9", 109.40, 30.40)); // ≈ 195 km east of its station
        b.AddVehicleType(SmallScenario.Truck with { Id = new VehicleTypeId("truck-0"), Count = 0 });
        Assert.Throws<DataValidationException>(() => b.Build()); // today's refusal, still the default of Build

        var warnings = b.ExcludeBadRows();
        Assert.Equal([("far-from-township", "site V9"), ("bad-count", "vehicle type truck-0")], warnings.Select(w => (w.Code, w.Entity!)));
        Assert.All(warnings, w => Assert.Equal(DataErrorSeverity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.StartsWith(BadRows.ExcludedPrefix, w.Message, StringComparison.Ordinal));
        var s = b.Build();
        Assert.Equal(SmallScenario.Builder().Build().Sites.Select(x => x.Id), s.Sites.Select(x => x.Id));
        Assert.DoesNotContain(s.VehicleTypes, v => v.Id.Value == "truck-0");
    }

    [Fact]
    public void A_bad_station_or_a_duplicate_id_is_never_excluded()
    {
        var b = SmallScenario.Builder();
        b.SetSite(SmallScenario.Station with { Location = new GeoPoint(30.39, 107.38) }); // swapped lon/lat
        b.AddSite(SmallScenario.Outlet("V1", 107.39, 30.40)); // a second V1
        Assert.Empty(b.ExcludeBadRows());
        var ex = Assert.Throws<DataValidationException>(() => b.Build());
        Assert.Contains(ex.Errors, e => e.Code == "bad-coordinate" && e.Entity == "site S101");
        Assert.Contains(ex.Errors, e => e.Code == "duplicate-id" && e.Entity == "site V1");
    }

    [Fact]
    public void Every_problem_is_reported_at_once_naming_entity_and_field()
    {
        var b = SmallScenario.Builder();
        b.AddSite(SmallScenario.Outlet("V1", 107.39, 30.40)); // duplicate id
        b.AddSite(SmallScenario.Outlet("V3", 30.40, 107.39)); // swapped lon/lat
        b.AddSite(SmallScenario.Outlet("V4", 107.39, 30.40, consumerKg: -5)); // negative demand on Monday
        b.AddSite(SmallScenario.Outlet("V5", 108.20, 30.40)); // ~78 km from its station
        var ex = Assert.Throws<DataValidationException>(() => b.Build());

        var dup = Assert.Single(ex.Errors, e => e.Code == "duplicate-id");
        Assert.Equal("site V1", dup.Entity);
        Assert.Equal("id", dup.Column);

        var outside = Assert.Single(ex.Errors, e => e.Code is "outside-china" or "bad-coordinate");
        Assert.Equal("site V3", outside.Entity);

        var negatives = ex.Errors.Where(e => e.Code == "negative-demand").ToList();
        Assert.Equal(5, negatives.Count); // -5 … -1 on Monday … Friday
        Assert.All(negatives, e => Assert.Equal("site V4", e.Entity));
        var negative = negatives[0];
        Assert.Equal("demand_mon_consumer_kg", negative.Column);
        Assert.Equal("-5", negative.Value);

        var far = Assert.Single(ex.Errors, e => e.Code == "far-from-township");
        Assert.Equal("site V5", far.Entity);
        Assert.Contains("km from its township station", far.Message);
    }

    [Fact]
    public void Scenario_needs_exactly_one_hub()
    {
        var none = SmallScenario.Builder();
        none.RemoveSite(new SiteId("HUB"));
        none.RemoveVehicleType(new VehicleTypeId("truck-2t"));
        Assert.Contains(Assert.Throws<DataValidationException>(() => none.Build()).Errors, e => e.Code == "no-hub");

        var two = SmallScenario.Builder();
        two.AddSite(SmallScenario.Hub with { Id = new SiteId("HUB2") });
        var e2 = Assert.Single(Assert.Throws<DataValidationException>(() => two.Build()).Errors);
        Assert.Equal("second-hub", e2.Code);
        Assert.Equal("site HUB2", e2.Entity);
    }

    [Fact]
    public void Vehicle_type_rules_name_the_field()
    {
        var b = SmallScenario.Builder();
        b.AddVehicleType(SmallScenario.Truck with
        {
            Id = new VehicleTypeId("van"),
            CapacityKg = 0,
            Count = 0,
            HomeDepot = new SiteId("V1"),
            CostPerKm = -1,
        });
        var errors = Assert.Throws<DataValidationException>(() => b.Build()).Errors;
        Assert.All(errors, e => Assert.Equal("vehicle type van", e.Entity));
        Assert.Equal(
            ["capacityKg", "costPerKm", "count", "homeDepot"],
            errors.Select(e => e.Column!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Bad_times_visits_and_township_codes_are_rejected()
    {
        var b = SmallScenario.Builder();
        b.SetSite(SmallScenario.Outlet("V1", 107.40, 30.41) with
        {
            OpeningHours = new OpeningHours(new TimeOnly(18, 0), new TimeOnly(8, 0)),
            RequiredVisitsPerWeek = 9,
            TownshipCode = "5002311",
            Population = -1,
        });
        var codes = Assert.Throws<DataValidationException>(() => b.Build()).Errors.Select(e => e.Code).Order().ToArray();
        Assert.Equal(["bad-opening-hours", "bad-township-code", "bad-visits", "negative-value"], codes);
    }

    [Fact]
    public void Parameters_are_checked()
    {
        var b = SmallScenario.Builder();
        b.Parameters = b.Parameters with { CircuityFactor = 0.9, AverageSpeedKmh = 0 };
        var errors = Assert.Throws<DataValidationException>(() => b.Build()).Errors;
        Assert.Equal(["averageSpeedKmh", "circuityFactor"], errors.Select(e => e.Column!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void To_builder_derives_a_changed_copy_and_leaves_the_original()
    {
        var s = SmallScenario.Builder().Build();
        var b = s.ToBuilder();
        b.RemoveSite(new SiteId("V2"));
        var changed = b.Build();
        Assert.Equal(3, changed.Sites.Count);
        Assert.Equal(4, s.Sites.Count);
    }

    [Fact]
    public void Geo_point_outside_china_is_named()
    {
        var b = SmallScenario.Builder();
        b.AddSite(SmallScenario.Outlet("V9", 2.0, 48.8) with { TownshipCode = string.Empty });
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => b.Build()).Errors);
        Assert.Equal("outside-china", e.Code);
        Assert.Equal(new GeoPoint(2.0, 48.8).ToString(), e.Value);
    }
}
