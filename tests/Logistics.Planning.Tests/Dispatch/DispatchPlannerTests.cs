using Logistics.Core.Ids;
using Logistics.Planning.Dispatch;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Lines;
using Logistics.Planning.Tests.Verification;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Tests.Dispatch;

/// <summary>
/// Daily dispatch on the line fixture (2026-11-24 is a Tuesday: T1, T2 and F1 run) and small variants: a second van
/// at S1 with its own feeder F3 to A3, so F1 keeps A1 and A2.
/// </summary>
public sealed class DispatchPlannerTests
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    private static FixedTravelTimes Travel() => LineFixture.Travel().Add("A1", "A3", 20);

    private static DispatchDay Dispatch(LinePlan plan, Scenario scenario, DateOnly date, IReadOnlyList<VehicleRef>? unavailable = null, IReadOnlyList<LateOrder>? late = null) =>
        DispatchPlanner.Plan(plan, scenario, Travel(), new DispatchRequest(date) { Unavailable = unavailable ?? [], LateOrders = late ?? [] });

    /// <summary>The fixture with van-s1 changed (count, capacity, shift) and trucks changed.</summary>
    private static Scenario Variant(int vans = 2, double vanKg = 800, double vanShiftHours = 8, int trucks = 1, double truckShiftHours = 10)
    {
        var b = LineFixture.Builder();
        foreach (var t in b.VehicleTypes.ToArray())
        {
            b.RemoveVehicleType(t.Id);
            b.AddVehicleType(t.Id.Value switch
            {
                "van-s1" => t with { Count = vans, CapacityKg = vanKg, ShiftLength = TimeSpan.FromHours(vanShiftHours) },
                "truck" => t with { Count = trucks, ShiftLength = TimeSpan.FromHours(truckShiftHours) },
                _ => t,
            });
        }

        return b.Build();
    }

    private static Line F1Short => LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:25", "10:30", ("A1", "09:40", "09:50"), ("A2", "10:00", "10:10")) with { Vehicle = 1 };

    private static VehicleRef Van(int n) => new(new VehicleTypeId("van-s1"), n);

    [Fact]
    public void An_ordinary_day_hands_over_exactly_the_weekly_assignment()
    {
        var scenario = LineFixture.Scenario();
        var plan = LineFixture.Plan(scenario);
        var day = Dispatch(plan, scenario, Tuesday);
        var weekly = DemandAssignment.Compute(plan, scenario);

        Assert.Equal(["T1", "T2", "F1"], day.Runs.Select(r => r.LineId));
        Assert.True(day.Verification.IsClean, day.Verification.ToString());
        Assert.True(day.AllServed);
        Assert.True(day.PlanMatchesScenario);
        Assert.Empty(day.Moves);
        foreach (var run in day.Runs)
        {
            var expected = weekly.ByClass(plan[run.LineId], DayOfWeek.Tuesday);
            Assert.False(run.Retimed);
            for (var i = 0; i < run.Stops.Count; i++)
            {
                foreach (var goods in GoodsClassNames.All)
                {
                    Assert.Equal(expected[i].Get(goods).Kg, run.Stops[i].Goods.Get(goods).Kg, 9);
                    Assert.Equal(expected[i].Get(goods).M3, run.Stops[i].Goods.Get(goods).M3, 9);
                }

                Assert.Equal(plan[run.LineId].Stops[i].Arrival, run.Stops[i].PlannedArrival);
            }
        }

        // F1: 600 kg leave S1 (3 × 200), 480, 360 and 240 kg on board after A1, A2, A3; the vehicle is van-s1#1.
        var f1 = day.Runs.Single(r => r.LineId == "F1");
        Assert.Equal("van-s1#1", f1.VehicleLabel);
        Assert.Equal(600, f1.LoadAtDepot.Kg, 9);
        Assert.Equal([480, 360, 240], f1.Stops.Select(s => Math.Round(s.Load.Kg, 9)));
        Assert.Equal(240, f1.Stops[^1].OnBoard.Produce.Kg, 9);
        Assert.Equal(360, f1.LoadedAtDepot.ConsumerGoods.Kg, 9);
    }

    [Fact]
    public void Without_a_second_vehicle_the_stops_are_listed_as_no_vehicle()
    {
        var scenario = LineFixture.Scenario();
        Assert.True(VehicleRef.TryParse("van-s1", scenario, out var van, out _));
        var day = Dispatch(LineFixture.Plan(scenario), scenario, Tuesday, [van]);

        Assert.Equal(["T1", "T2"], day.Runs.Select(r => r.LineId));
        Assert.Equal(["A1", "A2", "A3"], day.Unserved.Select(u => u.Site.Value));
        Assert.All(day.Unserved, u => Assert.Equal(DispatchReasons.NoVehicle, u.Reason));
        Assert.Equal(200, day.Unserved[0].Goods.Down.Kg, 9);
        Assert.False(day.AllServed);

        // The trunks still run and check clean: S1's own goods only, F1's are not brought.
        Assert.True(day.Verification.IsClean, day.Verification.ToString());
        var t1 = day.Runs.Single(r => r.LineId == "T1");
        Assert.Equal(50, t1.Stops[0].Drop.Kg, 9);
    }

    [Fact]
    public void Stops_move_to_the_other_line_of_the_depot_when_it_has_room()
    {
        var scenario = Variant();
        var f3 = LineFixture.Line("F3", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "11:00", "11:50", ("A3", "11:20", "11:30")) with { Vehicle = 2 };
        var plan = LineFixture.Plan(scenario, F1Short, f3);
        Assert.True(PlanVerifier.Verify(plan, scenario, Travel()).IsClean, PlanVerifier.Verify(plan, scenario, Travel()).ToString());

        var day = Dispatch(plan, scenario, Tuesday, [Van(1)]);

        Assert.Empty(day.Unserved);
        Assert.True(day.Verification.IsClean, day.Verification.ToString());
        Assert.True(day.AllServed);
        Assert.Equal(["A1", "A2"], day.Moves.Select(m => m.Site.Value).Order());
        Assert.All(day.Moves, m => Assert.Equal("F3", m.ToLine));
        Assert.DoesNotContain(day.Runs, r => r.LineId == "F1");

        var run = day.Runs.Single(r => r.LineId == "F3");
        Assert.Equal("van-s1#2", run.VehicleLabel);
        Assert.Equal(["A1", "A2", "A3"], run.Stops.Select(s => s.Site.Value).Order());
        Assert.Equal(3, run.Stops.Count(s => s.Goods.Down.Kg > 199.999));
        Assert.Equal(600, run.LoadAtDepot.Kg, 9);
        Assert.All(run.Stops.Where(s => s.Site.Value != "A3"), s => Assert.Equal("F1", s.MovedFrom));
        Assert.True(run.Retimed);

        // The day's plan: F3 runs Tuesday only, and the verifier's times agree with the re-timed stops.
        var dayF3 = day.DayPlan["F3"];
        Assert.Equal(ServiceDays.Of(DayOfWeek.Tuesday), dayF3.ServiceDays);
        Assert.Equal(new TimeOnly(11, 0), dayF3.Departure);
        Assert.False(day.DayPlan.TryGetLine("F1", out _));

        // A1 and A2 lose F1's visit days in the day view: reported as not applicable, not as a day's violation.
        Assert.All(day.NotApplicable, v => Assert.Contains(v.Code, DispatchPlanner.WeeklyOnlyCodes));
    }

    [Fact]
    public void Stops_that_do_not_fit_are_listed_with_the_reason()
    {
        // Van of 500 kg; F3 (van 2) overlaps F1, and a 1.5-hour shift keeps van 2 from running F1 (or the stop left)
        // after F3.
        var scenario = Variant(vanKg: 500, vanShiftHours: 1.5);
        var f3 = LineFixture.Line("F3", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:30", "10:20", ("A3", "09:50", "10:00")) with { Vehicle = 2 };
        var plan = LineFixture.Plan(scenario, F1Short, f3);
        Assert.True(PlanVerifier.Verify(plan, scenario, Travel()).IsClean, PlanVerifier.Verify(plan, scenario, Travel()).ToString());

        var day = Dispatch(plan, scenario, Tuesday, [Van(1)]);

        // A2 (the shorter detour) fits into F3 (200 + 200 kg of 500); A1 would bring it to 600 kg.
        Assert.Equal("A2", Assert.Single(day.Moves).Site.Value);
        var unserved = Assert.Single(day.Unserved);
        Assert.Equal(DispatchReasons.OverCapacity, unserved.Reason);
        Assert.Contains("600", unserved.English, StringComparison.Ordinal);
        Assert.Contains("超过", unserved.Chinese, StringComparison.Ordinal);
        Assert.Equal("F1", unserved.LineId);
        Assert.True(day.Verification.IsClean, day.Verification.ToString());
        Assert.False(day.AllServed);

        // Every stop F1 had is moved or listed.
        Assert.Equal(["A1", "A2"], day.Moves.Select(m => m.Site).Append(unserved.Site).Select(s => s.Value).Order());
    }

    [Fact]
    public void A_too_short_shift_is_the_reason_when_the_detour_does_not_fit()
    {
        // F3 is long already; adding a stop would exceed a 1-hour shift.
        var scenario = Variant(vanShiftHours: 1);
        var f3 = LineFixture.Line("F3", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:30", "10:20", ("A3", "09:50", "10:00")) with { Vehicle = 2 };
        var f1 = LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:25", "10:05", ("A1", "09:40", "09:50")) with { Vehicle = 1 };
        var plan = LineFixture.Plan(scenario, f1, f3);
        var week = LinePlanBuilder.From(plan);
        week.SetLine(LineFixture.Line("F4", LineKind.Feeder, "van-s1", "S1", "Mon Thu", "09:25", "10:05", ("A2", "09:45", "09:55")) with { Vehicle = 1 });

        var day = Dispatch(week.Build(), scenario, Tuesday, [Van(1)]);

        var unserved = Assert.Single(day.Unserved);
        Assert.Equal("A1", unserved.Site.Value);
        Assert.Equal(DispatchReasons.Shift, unserved.Reason);
        Assert.True(day.Verification.IsClean, day.Verification.ToString());
    }

    [Fact]
    public void A_line_runs_whole_on_another_free_vehicle_when_its_stops_cannot_move()
    {
        // Two trucks: T1 on #1, T2 on #2. Truck 1 out: T2 cannot take T1's stations (the feeders need the goods in
        // the morning), so truck 2 runs T1 at its time as well.
        var scenario = Variant(vans: 1, trucks: 2, truckShiftHours: 11);
        var plan = LineFixture.Plan(scenario, LineFixture.T1 with { Vehicle = 1 }, LineFixture.T2 with { Vehicle = 2 });
        var day = Dispatch(plan, scenario, Tuesday, [new VehicleRef(new VehicleTypeId("truck"), 1)]);

        Assert.Empty(day.Unserved);
        Assert.True(day.Verification.IsClean, day.Verification.ToString());
        var t1 = day.Runs.Single(r => r.LineId == "T1");
        Assert.Equal("truck#2", t1.VehicleLabel);
        Assert.Equal("truck#1", t1.PlannedVehicleLabel);
        Assert.True(t1.VehicleChanged);
        Assert.False(t1.Retimed);
        Assert.All(day.Moves, m => Assert.Equal(("T1", "truck#2"), (m.ToLine, m.ToVehicle)));
    }

    [Fact]
    public void With_the_shift_too_short_for_both_trunks_the_station_is_listed_as_transfer()
    {
        var scenario = Variant(vans: 1, trucks: 2, truckShiftHours: 10);
        var plan = LineFixture.Plan(scenario, LineFixture.T1 with { Vehicle = 1 }, LineFixture.T2 with { Vehicle = 2 });
        var day = Dispatch(plan, scenario, Tuesday, [new VehicleRef(new VehicleTypeId("truck"), 1)]);

        // Merging S1 into T2 (which calls there anyway) would leave F1 without its morning goods; S2 (no feeder on
        // Tuesday) goes on T2.
        var s1 = Assert.Single(day.Unserved);
        Assert.Equal("S1", s1.Site.Value);
        Assert.Equal(DispatchReasons.Transfer, s1.Reason);
        Assert.Equal(("S2", "T2"), (Assert.Single(day.Moves).Site.Value, day.Moves[0].ToLine));

        // T1 alone brought F1's goods: F1 goes without them (the text says so) and only picks up produce; its outlets'
        // goods of the day are taken out, so no trunk is counted as carrying them and the day checks clean.
        Assert.Contains("F1", s1.English, StringComparison.Ordinal);
        Assert.Equal(650, s1.Goods.Down.Kg, 9);
        var f1 = day.Runs.Single(r => r.LineId == "F1");
        Assert.Equal(0, f1.LoadAtDepot.Kg, 9);
        Assert.Equal(240, f1.Stops[^1].Load.Kg, 9);
        Assert.True(day.Verification.IsClean, day.Verification.ToString());
        Assert.DoesNotContain(day.Verification.Violations, v => v.Code == ViolationCodes.TransferDownLate);
    }

    [Fact]
    public void Lines_without_a_vehicle_number_get_one_by_departure()
    {
        var scenario = Variant(vans: 2);
        var f3 = LineFixture.Line("F3", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:30", "10:20", ("A3", "09:50", "10:00"));
        var plan = LineFixture.Plan(scenario, F1Short with { Vehicle = null }, f3);
        var day = Dispatch(plan, scenario, Tuesday);
        Assert.Equal("van-s1#1", day.Runs.Single(r => r.LineId == "F1").VehicleLabel);
        Assert.Equal("van-s1#2", day.Runs.Single(r => r.LineId == "F3").VehicleLabel);
        Assert.Null(day.Runs.Single(r => r.LineId == "F3").PlannedVehicleLabel);
        Assert.True(day.Verification.IsClean, day.Verification.ToString());

        // Van 1 out: F1 (first out) takes van 2 and F3 cannot run at the same time: its stop moves into F1.
        var without = Dispatch(plan, scenario, Tuesday, [Van(1)]);
        Assert.Empty(without.Unserved);
        Assert.True(without.Verification.IsClean, without.Verification.ToString());
        Assert.Single(without.Runs, r => r.Line.Kind == LineKind.Feeder);
    }

    [Fact]
    public void A_late_order_that_fits_is_added_and_one_that_does_not_is_reported()
    {
        var scenario = LineFixture.Scenario();
        var plan = LineFixture.Plan(scenario);
        var a1 = new SiteId("A1");
        var fits = new LateOrder(a1, GoodsClass.ConsumerGoods, new Quantity(100, 0.25));
        var tooMuch = new LateOrder(a1, GoodsClass.FarmInputs, new Quantity(150, 0.2));
        var notVisited = new LateOrder(new SiteId("B1"), GoodsClass.Parcels, new Quantity(5, 0.02));
        var day = Dispatch(plan, scenario, Tuesday, late: [fits, tooMuch, notVisited]);

        Assert.True(day.LateOrders[0].Added);
        Assert.Equal(["F1"], day.LateOrders[0].LineIds);
        var f1 = day.Runs.Single(r => r.LineId == "F1");
        Assert.Equal(120 + 100, f1.Stops[0].Goods.ConsumerGoods.Kg, 9);
        Assert.Equal(700, f1.LoadAtDepot.Kg, 9);

        // The morning trunk brings it to S1 too.
        var t1 = day.Runs.Single(r => r.LineId == "T1");
        Assert.Equal(50 + 700, t1.Stops[0].Drop.Kg, 9);

        // 700 + 150 kg would not fit the 800 kg van.
        Assert.False(day.LateOrders[1].Added);
        Assert.Equal(DispatchReasons.OverCapacity, day.LateOrders[1].Reason);
        Assert.Contains("F1", day.LateOrders[1].English, StringComparison.Ordinal);
        Assert.Equal(40, f1.Stops[0].Goods.FarmInputs.Kg, 9);

        Assert.Equal(DispatchReasons.NotVisited, day.LateOrders[2].Reason);
        Assert.True(day.Verification.IsClean, day.Verification.ToString());
        Assert.False(day.AllServed);
    }

    [Fact]
    public void Goods_are_conserved_moved_or_listed()
    {
        var scenario = Variant(vanKg: 500, vanShiftHours: 1.5);
        var f3 = LineFixture.Line("F3", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:30", "10:20", ("A3", "09:50", "10:00")) with { Vehicle = 2 };
        var plan = LineFixture.Plan(scenario, F1Short, f3);
        var own = DispatchPlanner.SiteGoods(plan, scenario, DayOfWeek.Tuesday);
        var day = Dispatch(plan, scenario, Tuesday, [Van(1)]);

        var outlets = own.Keys.Where(s => scenario[s].Tier == SiteTier.VillageOutlet).ToHashSet();
        var dropped = day.Runs.SelectMany(r => r.Stops).Where(s => outlets.Contains(s.Site)).Sum(s => s.Drop.Kg);
        var listed = day.Unserved.Sum(u => u.Goods.Down.Kg);
        Assert.Equal(outlets.Sum(s => own[s].Down.Kg), dropped + listed, 9);
    }

    [Fact]
    public void Bad_input_is_refused_with_its_name()
    {
        var scenario = LineFixture.Scenario();
        Assert.False(VehicleRef.TryParse("van-s9#1", scenario, out _, out var e1));
        Assert.Contains("van-s9", e1, StringComparison.Ordinal);
        Assert.False(VehicleRef.TryParse("van-s1#2", scenario, out _, out var e2));
        Assert.Contains("1…1", e2, StringComparison.Ordinal);
        Assert.False(VehicleRef.TryParse("van-s1", Variant(vans: 2), out _, out var e3));
        Assert.Contains("van-s1#1", e3, StringComparison.Ordinal);
        Assert.True(VehicleRef.TryParse(" truck#1 ", scenario, out var truck, out _));
        Assert.Equal("truck#1", truck.Label);

        var plan = LineFixture.Plan(scenario);
        var ex = Assert.Throws<ArgumentException>(() => Dispatch(plan, scenario, Tuesday, late: [new LateOrder(new SiteId("X9"), GoodsClass.Parcels, new Quantity(1, 0))]));
        Assert.Contains("X9", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Dispatch(plan, scenario, Tuesday, [Van(3)]));
    }
}
