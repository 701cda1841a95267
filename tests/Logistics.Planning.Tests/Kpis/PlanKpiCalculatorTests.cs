using Logistics.Core.Ids;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Lines;

namespace Logistics.Planning.Tests.Kpis;

/// <summary>
/// KPIs of the fixture plan, computed by hand. The test travel table gives 500 m per minute, so: T1 and T2 60 km a
/// run (120 min), F1 27.5 km (55 min), F2 35 km (70 min). Costs as the demo fleet: truck 1.30 CNY/km, 34 CNY/h,
/// 95 CNY/day, 0.35 kg CO₂/km; vans 0.85, 26, 45, 0.19.
/// </summary>
public sealed class PlanKpiCalculatorTests
{
    private static Scenario CostedScenario(int trucks = 1)
    {
        var b = LineFixture.Builder();
        var types = b.VehicleTypes.ToArray();
        foreach (var t in types)
        {
            b.RemoveVehicleType(t.Id);
            b.AddVehicleType(t.Id.Value == "truck"
                ? t with { Count = trucks, CostPerKm = 1.30, CostPerHour = 34, FixedCostPerDay = 95, Co2KgPerKm = 0.35 }
                : t with { CostPerKm = 0.85, CostPerHour = 26, FixedCostPerDay = 45, Co2KgPerKm = 0.19 });
        }

        return b.Build();
    }

    [Fact]
    public void Km_hours_cost_and_co2_of_the_fixture_plan()
    {
        var scenario = CostedScenario();
        var k = PlanKpiCalculator.Compute(LineFixture.Plan(scenario), scenario, LineFixture.Travel());

        // 4 × 60 + 4 × 60 + 2 × 27.5 + 3 × 35.
        Assert.Equal(640, k.Totals.Km, 9);
        Assert.Equal(13, k.Totals.Runs);

        // T1, T2: 2 h 40 × 4 each; F1 85 min × 2; F2 100 min × 3.
        Assert.Equal(8 * 160 / 60.0 + 170 / 60.0 + 5, k.Totals.VehicleHours, 9);

        // Truck: 480 km × 1.3 + 21⅓ h × 34 + 4 days × 95; F1: 55 × 0.85 + 2⅚ h × 26 + 2 × 45; F2: 105 × 0.85 + 5 × 26 + 3 × 45.
        Assert.Equal(2294, k.Totals.Cost, 9);
        Assert.Equal(380 + 90 + 135, k.Totals.FixedCost, 9);
        Assert.Equal(480 * 0.35 + 160 * 0.19, k.Totals.Co2Kg, 9);

        var trunk = k.ByKind[LineKind.Trunk];
        Assert.Equal(480, trunk.Km, 9);
        Assert.Equal(624 + 64 / 3.0 * 34 + 380, trunk.Cost, 9);
        Assert.Equal(0, k.ByKind[LineKind.CoModal].Runs);
        Assert.Equal(k.Totals.Cost, k.ByKind.Values.Sum(f => f.Cost), 9);

        var f2 = k.ByLine.Single(l => l.LineId == "F2");
        Assert.Equal(35, f2.TripKm, 9);
        Assert.Equal(105 * 0.85 + 5 * 26 + 135, f2.Figures.Cost, 9);

        // Each truck day's 95 CNY is shared by T1 and T2.
        Assert.Equal(4 * 95 / 2.0, k.ByLine.Single(l => l.LineId == "T1").Figures.FixedCost, 9);
    }

    [Fact]
    public void Load_factors_follow_the_load_on_board_leg_by_leg()
    {
        var scenario = CostedScenario();
        var k = PlanKpiCalculator.Compute(LineFixture.Plan(scenario), scenario, LineFixture.Travel());
        var f1 = k.ByLine.Single(l => l.LineId == "F1").Figures;

        // Tuesday: 600 kg leave S1 (3 × 200), then 480, 360, 240 on board over 7.5, 5, 5, 10 km;
        // Friday: 450, 360, 270, 180. Offered: 0.8 t × 27.5 km × 2 runs.
        Assert.Equal((600 * 7.5 + 480 * 5 + 360 * 5 + 240 * 10 + 450 * 7.5 + 360 * 5 + 270 * 5 + 180 * 10) / 1000, f1.TonneKmCarried, 9);
        Assert.Equal(44, f1.TonneKmOffered, 9);
        Assert.Equal(19.425 / 44, f1.LoadFactorKg, 9);

        // Peak on board: 600 of 800 kg on Tuesday, 450 on Friday.
        Assert.Equal((0.75 + 0.5625) / 2, f1.PeakLoadFactorKg, 9);

        // Volume: 4.8 m³ leave S1 on Tuesday (3 × 4 days × 0.4), 3.6 on Friday, of 8 m³.
        Assert.Equal((4.8 / 8 + 3.6 / 8) / 2, f1.PeakLoadFactorM3, 9);
        Assert.InRange(k.Totals.LoadFactorKg, 0.01, 1);
    }

    [Fact]
    public void Vehicles_used_count_the_peak_or_the_numbered_vehicles()
    {
        var scenario = CostedScenario(trucks: 2);
        var k = PlanKpiCalculator.Compute(LineFixture.Plan(scenario), scenario, LineFixture.Travel());
        var truck = k.Vehicles.Single(v => v.Type.Value == "truck");
        Assert.Equal(1, truck.Used);
        Assert.Equal([1, 1, 1, 0, 1, 0, 0], truck.UsedPerDay);
        Assert.Equal(3, k.VehiclesUsed);

        // Named vehicles: T1 on truck #1, T2 on truck #2 → two trucks each day, twice the fixed cost.
        var numbered = LineFixture.Plan(scenario, LineFixture.T1 with { Vehicle = 1 }, LineFixture.T2 with { Vehicle = 2 });
        var k2 = PlanKpiCalculator.Compute(numbered, scenario, LineFixture.Travel());
        Assert.Equal(2, k2.Vehicles.Single(v => v.Type.Value == "truck").Used);
        Assert.Equal(8 * 95, k2.Vehicles.Single(v => v.Type.Value == "truck").FixedCostPerWeek, 9);
        Assert.Equal(k.Totals.Cost + 4 * 95, k2.Totals.Cost, 9);

        // Overlapping unnumbered lines: the peak on the road.
        var overlapping = LineFixture.Plan(scenario, LineFixture.T2 with { Departure = new TimeOnly(8, 0) });
        Assert.Equal(2, PlanKpiCalculator.VehiclesUsedOn(overlapping.Lines.Where(l => l.VehicleType == new VehicleTypeId("truck")), DayOfWeek.Monday));
    }

    [Fact]
    public void Visit_shares_of_the_village_outlets()
    {
        var scenario = CostedScenario();
        var k = PlanKpiCalculator.Compute(LineFixture.Plan(scenario), scenario, LineFixture.Travel());

        // A1–A3 visited Tue, Fri (2 required); B1–B3 Mon, Wed, Fri (3 required).
        Assert.Equal([6, 6, 3, 6], k.VisitShares.Select(s => s.Outlets));
        Assert.All(k.VisitShares, s => Assert.Equal(6, s.Total));
        Assert.Equal(0.5, k.VisitShares[2].Share, 9);
        Assert.Null(k.VisitShares[3].MinVisits);
        Assert.Equal([0, 0, 0, 0], k.VisitSharesByKind[LineKind.Trunk].Select(s => s.Outlets));

        // Without F2 the B outlets get no visit; the share "≥ required" drops to a half.
        var plan = LinePlanBuilder.From(LineFixture.Plan(scenario));
        plan.RemoveLine("F2");
        var without = PlanKpiCalculator.Compute(plan.Build(), scenario, LineFixture.Travel());
        Assert.Equal([3, 3, 0, 3], without.VisitShares.Select(s => s.Outlets));
    }

    [Fact]
    public void A_co_modal_bus_adds_no_km_but_its_hold_counts_in_the_load_factor()
    {
        var scenario = CostedScenario();
        var bus = new Line
        {
            Id = "K1",
            Kind = LineKind.CoModal,
            HomeDepot = new SiteId("S1"),
            ServiceDays = ServiceDays.Of(DayOfWeek.Monday),
            Departure = new TimeOnly(7, 0),
            Return = new TimeOnly(8, 0),
            Stops = [new LineStop(new SiteId("A1"), new TimeOnly(7, 15), new TimeOnly(7, 20))],
            HoldCapacity = new Quantity(200, 2),
        };
        var k = PlanKpiCalculator.Compute(LineFixture.Plan(scenario, bus), scenario, LineFixture.Travel());
        var line = k.ByLine.Single(l => l.LineId == "K1");
        Assert.Equal(15, line.TripKm, 9);
        Assert.Equal(0, line.Figures.Km);
        Assert.Equal(0, line.Figures.Cost);
        Assert.Equal(0, line.Figures.Co2Kg);

        // Monday at A1 (visits Mon, Tue, Fri): Sat–Mon's 150 kg down over 7.5 km, 60 kg of produce back.
        Assert.Equal((150 * 7.5 + 60 * 7.5) / 1000, line.Figures.TonneKmCarried, 9);
        Assert.Equal(0.2 * 15, line.Figures.TonneKmOffered, 9);
        Assert.Equal(640, k.Totals.Km, 9);
    }

    [Fact]
    public void Labels_are_bilingual_and_unique()
    {
        Assert.Equal(KpiLabels.All.Count, KpiLabels.All.Select(l => l.Key).Distinct().Count());
        Assert.Equal("每周行驶里程 / Km per week (km)", KpiLabels.Km.Bilingual);
        Assert.All(KpiLabels.All, l => Assert.False(string.IsNullOrWhiteSpace(l.Chinese)));
    }
}
