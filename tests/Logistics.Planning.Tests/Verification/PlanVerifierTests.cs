using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Tests.Lines;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Tests.Verification;

public sealed class PlanVerifierTests
{
    private static VerificationReport Verify(LinePlan plan, Scenario? scenario = null, LinePlan? previous = null) =>
        PlanVerifier.Verify(plan, scenario ?? LineFixture.Scenario(), LineFixture.Travel(), previous);

    private static Violation Single(VerificationReport report, string code)
    {
        Assert.All(report.Violations, v => Assert.Equal(code, v.Code));
        return Assert.Single(report.Violations);
    }

    [Fact]
    public void The_hand_made_plan_is_clean()
    {
        var report = Verify(LineFixture.Plan());
        Assert.True(report.IsClean, report.ToString());

        // Six outlets × 50 kg a day and S1's 100 kg a day down, six × 20 kg of produce up, all carried.
        Assert.Equal((2800.0, 2800.0, 840.0, 840.0), (report.Carried.TotalDown.Kg, Math.Round(report.Carried.CarriedDown.Kg, 6), report.Carried.TotalUp.Kg, Math.Round(report.Carried.CarriedUp.Kg, 6)));
        Assert.Equal((1.0, 1.0), (report.Carried.DownShare, report.Carried.UpShare));
    }

    [Fact]
    public void A_site_with_demand_that_no_line_visits_is_demand_not_carried()
    {
        // An urban community (社区) with orders and produce but no required visits, added to the scenario of the
        // clean plan: nothing else changes.
        var b = LineFixture.Builder();
        b.AddSite(new Site
        {
            Id = new SiteId("C1"),
            Name = "桂溪社区",
            Tier = SiteTier.Village,
            Location = new Core.Geo.GeoPoint(107.81, 30.31),
            Demand = LineFixture.Every(new DailyDemand(new Quantity(30, 0.2), Quantity.Zero, Quantity.Zero, new Quantity(10, 0.1))),
        });
        var scenario = b.Build();

        var report = Verify(LineFixture.Plan(scenario), scenario);
        var v = Single(report, ViolationCodes.DemandNotCarried);
        Assert.Equal((new SiteId("C1"), null, 280.0, 0.0, "kg/week"), (v.Site, v.LineId, Math.Round(v.Measured, 6), v.Limit, v.Unit));
        Assert.Contains("没有任何线路运送", v.Chinese, StringComparison.Ordinal);
        Assert.Equal(3010, report.Carried.TotalDown.Kg, 6);
        Assert.Equal(2800, report.Carried.CarriedDown.Kg, 6);
        Assert.Equal(910, report.Carried.TotalUp.Kg, 6);
        Assert.Equal(840, report.Carried.CarriedUp.Kg, 6);
        Assert.Equal(2800.0 / 3010, report.Carried.DownShare, 9);
    }

    [Fact]
    public void A_co_modal_bus_faster_than_the_road_is_impossible_travel()
    {
        var bus = LineFixture.Line("K1", LineKind.CoModal, "truck", "H", "Mon Tue Wed Thu Fri Sat Sun", "07:00", "09:00", ("S1", "07:45", "07:50")) with
        {
            VehicleType = null,
            HoldCapacity = new Quantity(200, 1.5),
        };
        Assert.True(Verify(LineFixture.Plan(null, bus)).IsClean, Verify(LineFixture.Plan(null, bus)).ToString());

        // The one change: the bus reaches S1 five minutes after leaving the hub; the road takes 40.
        var fast = bus with { Stops = [bus.Stops[0] with { Arrival = new TimeOnly(7, 5) }] };
        var v = Single(Verify(LineFixture.Plan(null, fast)), ViolationCodes.ImpossibleTravel);
        Assert.Equal(("K1", "S1", 5.0, 40.0), (v.LineId, v.Site!.Value.Value, v.Measured, v.Limit));
    }

    [Fact]
    public void A_trunk_leaving_the_hub_before_it_opens_is_flagged()
    {
        // The one change: the hub opens at 06:30 instead of 05:00; T1 leaves at 06:00.
        var b = LineFixture.Builder();
        b.SetSite(b.Sites.Single(s => s.Id.Value == "H") with { OpeningHours = new OpeningHours(new TimeOnly(6, 30), new TimeOnly(20, 0)) });
        var scenario = b.Build();
        var v = Single(Verify(LineFixture.Plan(scenario), scenario), ViolationCodes.DepotClosed);
        Assert.Equal(("T1", "H", 360.0, 390.0), (v.LineId, v.Site!.Value.Value, v.Measured, v.Limit));
    }

    [Fact]
    public void A_feeder_leaving_its_station_before_it_opens_is_flagged()
    {
        // S1 opens at 07:20: T1 arrives at 06:40 and waits; F1 and F2 leave after their trunk and after opening.
        var b = LineFixture.Builder();
        b.SetSite(b.Sites.Single(s => s.Id.Value == "S1") with { OpeningHours = new OpeningHours(new TimeOnly(7, 20), new TimeOnly(20, 0)) });
        var scenario = b.Build();
        var t1 = LineFixture.Line("T1", LineKind.Trunk, "truck", "H", "Mon Tue Wed Fri", "06:00", "09:20", ("S1", "06:40", "07:40"), ("S2", "08:10", "08:30"));
        var f1 = LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "07:20", "09:10", ("A1", "07:35", "08:10"), ("A2", "08:20", "08:30"), ("A3", "08:40", "08:50"));
        var f2 = LineFixture.Line("F2", LineKind.Feeder, "van-s2", "S2", "Mon Wed Fri", "08:40", "10:20", ("B1", "09:00", "09:10"), ("B2", "09:25", "09:35"), ("B3", "09:45", "09:55"));
        var clean = Verify(LineFixture.Plan(scenario, t1, f1, f2), scenario);
        Assert.True(clean.IsClean, clean.ToString());

        // The one change: F1 leaves S1 at 07:15 (its goods came at 06:40, 35 minutes before), 5 minutes before it opens.
        var early = LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "07:15", "09:10", ("A1", "07:30", "08:10"), ("A2", "08:20", "08:30"), ("A3", "08:40", "08:50"));
        var v = Single(Verify(LineFixture.Plan(scenario, t1, early, f2), scenario), ViolationCodes.DepotClosed);
        Assert.Equal(("F1", "S1", 435.0, 440.0), (v.LineId, v.Site!.Value.Value, v.Measured, v.Limit));
    }

    [Fact]
    public void A_trunk_calling_at_a_village_outlet_is_flagged()
    {
        var travel = LineFixture.Travel().Add("H", "A1", 45);
        var direct = LineFixture.Line("D3", LineKind.Direct, "truck", "H", "Tue Fri", "09:00", "10:40", ("A1", "09:45", "09:55"));
        var clean = PlanVerifier.Verify(LineFixture.Plan(null, direct), LineFixture.Scenario(), travel);
        Assert.True(clean.IsClean, clean.ToString());

        // The one change: the same line run as a trunk.
        var trunk = direct with { Id = "D3", Kind = LineKind.Trunk };
        var v = Single(PlanVerifier.Verify(LineFixture.Plan(null, trunk), LineFixture.Scenario(), travel), ViolationCodes.TrunkAtVillage);
        Assert.Equal(("D3", "A1"), (v.LineId, v.Site!.Value.Value));
    }

    [Fact]
    public void A_missing_visit_is_reported_for_the_site()
    {
        var f1 = LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:25", "10:30", ("A1", "09:40", "09:50"), ("A2", "10:00", "10:10"));
        var report = Verify(LineFixture.Plan(null, f1));
        var v = Assert.Single(report.Violations, x => x.Code == ViolationCodes.MissingVisits);
        Assert.Equal(new SiteId("A3"), v.Site);
        Assert.Null(v.LineId);
        Assert.Equal(0, v.Measured);
        Assert.Equal(2, v.Limit);

        // Never visited, its goods ride nothing either: a week of 50 kg down and 20 kg up.
        var lost = Assert.Single(report.Violations, x => x.Code != ViolationCodes.MissingVisits);
        Assert.Equal((ViolationCodes.DemandNotCarried, new SiteId("A3"), 490.0), (lost.Code, lost.Site, Math.Round(lost.Measured, 6)));
    }

    [Fact]
    public void Two_visits_on_consecutive_days_are_uneven()
    {
        var f1 = LineFixture.F1 with { ServiceDays = ServiceDays.Of(DayOfWeek.Tuesday, DayOfWeek.Wednesday) };
        var report = Verify(LineFixture.Plan(null, f1));

        // Tuesday's visit now carries Thursday–Tuesday, 6 days × 3 outlets × 50 kg: more than the van takes.
        var overload = Assert.Single(report.Violations, v => v.Code != ViolationCodes.UnevenVisits);
        Assert.Equal((ViolationCodes.OverCapacityKg, "F1", DayOfWeek.Tuesday), (overload.Code, overload.LineId, overload.Day));
        var uneven = report.OfCode(ViolationCodes.UnevenVisits).ToList();
        Assert.Equal(3, uneven.Count);
        Assert.All(uneven, v =>
        {
            Assert.Equal("F1", v.LineId);
            Assert.Equal(DayOfWeek.Wednesday, v.Day);
            Assert.Equal(1, v.Measured);
            Assert.Equal(3, v.Limit);
        });
        Assert.Equal(["A1", "A2", "A3"], uneven.Select(v => v.Site!.Value.Value));
    }

    [Fact]
    public void A_planned_arrival_that_does_not_match_the_travel_time_is_reported()
    {
        var f1 = LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "09:25", "10:50", ("A1", "09:40", "09:50"), ("A2", "09:56", "10:10"), ("A3", "10:20", "10:30"));
        var report = Verify(LineFixture.Plan(null, f1));
        Assert.Equal(2, report.Violations.Count);
        Assert.All(report.Violations, v =>
        {
            Assert.Equal(ViolationCodes.TimeMismatch, v.Code);
            Assert.Equal("F1", v.LineId);
            Assert.Equal(new SiteId("A2"), v.Site);
        });
        Assert.Equal(9 * 60 + 56, report.Violations[0].Measured);
        Assert.Equal(10 * 60, report.Violations[0].Limit);
        Assert.Contains("到达", report.Violations[0].Chinese, StringComparison.Ordinal);
        Assert.Equal(10 * 60 + 6, report.Violations[1].Limit);
    }

    [Fact]
    public void Times_within_the_tolerance_pass()
    {
        var f1 = LineFixture.F1 with
        {
            Stops = [.. LineFixture.F1.Stops.Select((s, i) => i == 1 ? s with { Arrival = s.Arrival.Add(TimeSpan.FromSeconds(40)) } : s)],
        };
        Assert.True(Verify(LineFixture.Plan(null, f1)).IsClean);
    }

    [Fact]
    public void Arriving_before_opening_waits_for_the_opening()
    {
        // Leaves S1 at 07:00, reaches A1 at 07:15, waits for 08:00, serves 10 minutes.
        var f1 = LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "07:15", "09:10", ("A1", "07:30", "08:10"), ("A2", "08:20", "08:30"), ("A3", "08:40", "08:50"));
        Assert.True(Verify(LineFixture.Plan(null, f1)).IsClean, Verify(LineFixture.Plan(null, f1)).ToString());

        var leavesTooEarly = f1 with { Stops = [f1.Stops[0] with { Departure = new TimeOnly(7, 40) }, .. f1.Stops.Skip(1)] };
        var report = Verify(LineFixture.Plan(null, leavesTooEarly));
        Assert.Contains(report.Violations, v => v.Code == ViolationCodes.TimeMismatch && v.Site == new SiteId("A1") && v.Limit == 8 * 60 + 10);
    }

    [Fact]
    public void A_trunk_may_wait_at_a_station_but_not_leave_before_its_service_is_done()
    {
        // T1 waits at S2 until 08:30 (a transfer wait), comes back at 09:20: clean.
        var waits = LineFixture.Line("T1", LineKind.Trunk, "truck", "H", "Mon Tue Wed Fri", "06:00", "09:20", ("S1", "06:40", "07:00"), ("S2", "07:30", "08:30"));
        Assert.True(Verify(LineFixture.Plan(null, waits)).IsClean, Verify(LineFixture.Plan(null, waits)).ToString());

        var hurries = LineFixture.Line("T1", LineKind.Trunk, "truck", "H", "Mon Tue Wed Fri", "06:00", "08:35", ("S1", "06:40", "07:00"), ("S2", "07:30", "07:45"));
        var v = Single(Verify(LineFixture.Plan(null, hurries)), ViolationCodes.TimeMismatch);
        Assert.Equal(("T1", "S2"), (v.LineId, v.Site!.Value.Value));
        Assert.Equal((7 * 60 + 45, 7 * 60 + 50), (v.Measured, v.Limit));
    }

    [Fact]
    public void Service_ending_after_closing_is_reported()
    {
        var b = LineFixture.Builder();
        b.SetSite(b.Sites.Single(s => s.Id.Value == "A3") with { OpeningHours = new OpeningHours(new TimeOnly(8, 0), new TimeOnly(10, 25)) });
        var scenario = b.Build();
        var v = Single(Verify(LineFixture.Plan(scenario), scenario), ViolationCodes.OutsideOpeningHours);
        Assert.Equal(("F1", "A3"), (v.LineId, v.Site!.Value.Value));
        Assert.Equal(10 * 60 + 30, v.Measured);
        Assert.Equal(10 * 60 + 25, v.Limit);
    }

    [Fact]
    public void Produce_of_a_market_day_overloads_the_feeder_on_that_day_only()
    {
        var b = LineFixture.Builder();
        var a2 = b.Sites.Single(s => s.Id.Value == "A2");
        var days = a2.Demand.Days.ToArray();
        days[Weekdays.Index(DayOfWeek.Thursday)] = LineFixture.OutletDay with { Produce = new Quantity(700, 2) }; // 赶场 on Thursday
        b.SetSite(a2 with { Demand = new WeeklyDemand(days) });
        var scenario = b.Build();

        var v = Single(Verify(LineFixture.Plan(scenario), scenario), ViolationCodes.OverCapacityKg);
        Assert.Equal("F1", v.LineId);
        Assert.Equal(DayOfWeek.Friday, v.Day);
        Assert.Equal(new SiteId("A2"), v.Site);

        // Friday's visit carries Wednesday–Friday: 150 kg still to drop at A3, A1's 60 kg and A2's 20 + 700 + 20 kg of produce.
        Assert.Equal(150 + 60 + 740, v.Measured, 6);
        Assert.Equal(800, v.Limit);
    }

    [Fact]
    public void Too_much_volume_is_reported_at_the_depot()
    {
        var b = LineFixture.Builder();
        var scenario = ScenarioWithVehicle(b, b.VehicleTypes.Single(t => t.Id.Value == "van-s2") with { CapacityM3 = 3 });

        var report = Verify(LineFixture.Plan(scenario), scenario);
        var v = Single(report, ViolationCodes.OverCapacityM3);

        // Monday's visit of B1–B3 carries Saturday–Monday: 3 × 3 × 0.4 m³ loaded at S2.
        Assert.Equal(("F2", DayOfWeek.Monday, "S2"), (v.LineId, v.Day, v.Site!.Value.Value));
        Assert.Equal(3.6, v.Measured, 9);
    }

    [Fact]
    public void A_line_longer_than_the_shift_is_reported_on_each_of_its_days()
    {
        var b = LineFixture.Builder();
        var van = b.VehicleTypes.Single(t => t.Id.Value == "van-s2") with { ShiftLength = TimeSpan.FromMinutes(90) };
        var scenario = ScenarioWithVehicle(b, van);

        var report = Verify(LineFixture.Plan(scenario), scenario);
        Assert.Equal(3, report.Violations.Count);
        Assert.All(report.Violations, v =>
        {
            Assert.Equal(ViolationCodes.ShiftExceeded, v.Code);
            Assert.Equal("F2", v.LineId);
            Assert.Equal(100, v.Measured);
            Assert.Equal(90, v.Limit);
        });
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], report.Violations.Select(v => v.Day!.Value));
    }

    [Fact]
    public void A_trunk_arriving_after_the_feeder_leaves_is_a_late_transfer()
    {
        // F1 now leaves S1 at 07:00 (waiting at A1 for 08:00), but T1 reaches S1 only at 06:40 + 30 min handling = 07:10.
        var f1 = LineFixture.Line("F1", LineKind.Feeder, "van-s1", "S1", "Tue Fri", "07:00", "09:10", ("A1", "07:15", "08:10"), ("A2", "08:20", "08:30"), ("A3", "08:40", "08:50"));
        var report = Verify(LineFixture.Plan(null, f1));
        Assert.Equal(2, report.Violations.Count);
        Assert.All(report.Violations, v =>
        {
            Assert.Equal(ViolationCodes.TransferDownLate, v.Code);
            Assert.Equal(("F1", "S1"), (v.LineId, v.Site!.Value.Value));
            Assert.Equal(6 * 60 + 40, v.Measured);
            Assert.Equal(6 * 60 + 30, v.Limit);
        });
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Friday], report.Violations.Select(v => v.Day!.Value));
    }

    [Fact]
    public void Without_the_afternoon_trunk_the_produce_misses_its_connection()
    {
        var plan = LineFixture.Plan().ToBuilder();
        plan.RemoveLine("T2");
        var report = Verify(plan.Build());
        Assert.All(report.Violations, v => Assert.Equal(ViolationCodes.TransferUpLate, v.Code));
        var v = Assert.Single(report.Violations, v => v.LineId == "F1" && v.Day == DayOfWeek.Tuesday);
        Assert.Equal(new SiteId("S1"), v.Site);
        Assert.Equal(7 * 60, v.Measured);
        Assert.Equal(10 * 60 + 50 + 30, v.Limit);
        Assert.Equal(5, report.Violations.Count); // F1 Tue, Fri; F2 Mon, Wed, Fri
    }

    [Fact]
    public void A_feeder_on_a_day_without_trunk_has_no_connection()
    {
        var f2 = LineFixture.F2 with { ServiceDays = ServiceDays.Of(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Saturday) };
        var report = Verify(LineFixture.Plan(null, f2));
        var v = Assert.Single(report.Violations, x => x.Code == ViolationCodes.TransferNoTrunk);
        Assert.Equal(("F2", DayOfWeek.Saturday, "S2"), (v.LineId, v.Day, v.Site!.Value.Value));

        // Saturday's visit carries Thursday–Saturday (Wednesday is the visit before): 3 × (50 + 20) kg per outlet
        // that reach no trunk.
        var lost = report.Violations.Where(x => x.Code != ViolationCodes.TransferNoTrunk).ToList();
        Assert.All(lost, x => Assert.Equal((ViolationCodes.DemandNotCarried, 210.0), (x.Code, Math.Round(x.Measured, 6))));
        Assert.Equal(["B1", "B2", "B3"], lost.Select(x => x.Site!.Value.Value));
        Assert.Equal(2800 - 3 * 3 * 50, report.Carried.CarriedDown.Kg, 6);
        Assert.Equal(840 - 3 * 3 * 20, report.Carried.CarriedUp.Kg, 6);
    }

    [Fact]
    public void A_changed_locked_line_is_reported()
    {
        var previous = LineFixture.Plan(null, LineFixture.F1 with { Locked = true });
        var later = TimeSpan.FromMinutes(5);
        var moved = LineFixture.F1 with
        {
            Locked = true,
            Departure = LineFixture.F1.Departure.Add(later),
            Return = LineFixture.F1.Return.Add(later),
            Stops = [.. LineFixture.F1.Stops.Select(s => s with { Arrival = s.Arrival.Add(later), Departure = s.Departure.Add(later) })],
        };
        var plan = LineFixture.Plan(null, moved);
        Assert.True(Verify(plan).IsClean, "moving the whole line by 5 minutes is feasible in itself");

        var v = Single(Verify(plan, previous: previous), ViolationCodes.LockedLineChanged);
        Assert.Equal("F1", v.LineId);
        Assert.True(Verify(previous, previous: previous).IsClean);
    }

    [Fact]
    public void A_removed_co_modal_line_is_reported()
    {
        var bus = LineFixture.Line("K1", LineKind.CoModal, "truck", "H", "Mon Tue Wed Thu Fri Sat Sun", "07:00", "09:00", ("S1", "07:45", "07:50")) with
        {
            VehicleType = null,
            HoldCapacity = new Quantity(200, 1.5),
        };
        var previous = LineFixture.Plan(null, bus);
        Assert.True(Verify(previous).IsClean, Verify(previous).ToString());

        var v = Single(Verify(LineFixture.Plan(), previous: previous), ViolationCodes.LockedLineMissing);
        Assert.Equal("K1", v.LineId);
    }

    [Fact]
    public void A_co_modal_bus_is_held_to_its_hold_capacity_and_may_keep_a_slower_timetable()
    {
        // The daily bus takes 55 minutes to S1 (40 by truck) and stops 2 minutes: slower is its own business. S1 orders 100 kg a day:
        // shared three ways when both trunks call (Mon, Tue, Wed, Fri), all on the bus on Thu, Sat and Sun.
        var bus = LineFixture.Line("K1", LineKind.CoModal, "truck", "H", "Mon Tue Wed Thu Fri Sat Sun", "07:00", "09:30", ("S1", "07:55", "07:57")) with
        {
            VehicleType = null,
            HoldCapacity = new Quantity(50, 2),
        };
        var report = Verify(LineFixture.Plan(null, bus));
        Assert.All(report.Violations, v => Assert.Equal((ViolationCodes.OverCapacityKg, "K1", "H"), (v.Code, v.LineId, v.Site!.Value.Value)));
        Assert.Equal([DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday], report.Violations.Select(v => v.Day!.Value));
        Assert.All(report.Violations, v => Assert.Equal((100, 50), (v.Measured, v.Limit)));
    }

    [Fact]
    public void More_lines_at_once_than_vehicles_is_reported()
    {
        var t3 = LineFixture.Line("T3", LineKind.Trunk, "truck", "H", "Mon", "07:00", "08:40", ("S1", "07:40", "08:00"));
        var v = Single(Verify(LineFixture.Plan(null, t3)), ViolationCodes.TooManyVehicles);
        Assert.Equal(("T3", DayOfWeek.Monday, "H"), (v.LineId, v.Day, v.Site!.Value.Value));
        Assert.Equal(2, v.Measured);
        Assert.Equal(1, v.Limit);
    }

    [Fact]
    public void One_vehicle_may_run_lines_one_after_the_other()
    {
        // T3 leaves when T1 is back: the single truck does both.
        var t3 = LineFixture.Line("T3", LineKind.Trunk, "truck", "H", "Mon", "08:40", "10:20", ("S1", "09:20", "09:40"));
        Assert.True(Verify(LineFixture.Plan(null, t3)).IsClean);
    }

    [Fact]
    public void Lines_on_the_same_numbered_vehicle_must_not_overlap()
    {
        // T1 (06:00–08:40) and T3 (08:00–09:40) both on truck #1 on Monday; the fleet has one truck.
        var t1 = LineFixture.T1 with { Vehicle = 1 };
        var t3 = LineFixture.Line("T3", LineKind.Trunk, "truck", "H", "Mon", "08:00", "09:40", ("S1", "08:40", "09:00")) with { Vehicle = 1 };
        var report = Verify(LineFixture.Plan(null, t1, t3));
        var v = Assert.Single(report.Violations, x => x.Code == ViolationCodes.VehicleOverlap);
        Assert.Equal(("T3", DayOfWeek.Monday), (v.LineId, v.Day));
        Assert.Equal(40, v.Measured);
    }

    [Fact]
    public void A_vehicle_number_above_the_fleet_is_reported()
    {
        var t2 = LineFixture.T2 with { Vehicle = 2 };
        var v = Single(Verify(LineFixture.Plan(null, t2)), ViolationCodes.VehicleOutOfRange);
        Assert.Equal(("T2", 2.0, 1.0), (v.LineId, v.Measured, v.Limit));
    }

    [Fact]
    public void A_vehicle_day_longer_than_the_shift_is_reported_and_a_short_one_is_clean()
    {
        // Truck shift is 10 h: T1 06:00–08:40 and T2 14:00–16:40 on truck #1 span 10 h 40 min.
        var report = Verify(LineFixture.Plan(null, LineFixture.T1 with { Vehicle = 1 }, LineFixture.T2 with { Vehicle = 1 }));
        Assert.All(report.Violations, x => Assert.Equal(ViolationCodes.ShiftExceeded, x.Code));
        Assert.Equal(4, report.Violations.Count); // Mon, Tue, Wed, Fri
        Assert.All(report.Violations, x => Assert.Equal((640.0, 600.0), (x.Measured, x.Limit)));

        var t2Early = LineFixture.Line("T2", LineKind.Trunk, "truck", "H", "Mon Tue Wed Fri", "13:00", "15:40", ("S2", "13:50", "14:10"), ("S1", "14:40", "15:00")) with { Vehicle = 1 };
        var clean = Verify(LineFixture.Plan(null, LineFixture.T1 with { Vehicle = 1 }, t2Early));
        Assert.DoesNotContain(clean.Violations, x => x.Code is ViolationCodes.ShiftExceeded or ViolationCodes.VehicleOverlap);
    }

    [Fact]
    public void A_plan_for_another_scenario_is_reported()
    {
        var b = LineFixture.Builder();
        b.Parameters = b.Parameters with { Seed = 2 };
        var v = Single(Verify(LineFixture.Plan(), b.Build()), ViolationCodes.ScenarioMismatch);
        Assert.Null(v.LineId);
    }

    [Fact]
    public void Unknown_sites_and_vehicle_types_and_wrong_depots_are_reported()
    {
        var f1 = LineFixture.F1 with { Stops = [.. LineFixture.F1.Stops.Take(2), new LineStop(new SiteId("X9"), new TimeOnly(10, 20), new TimeOnly(10, 30))] };
        var f2 = LineFixture.F2 with { VehicleType = new VehicleTypeId("bus") };
        var t1 = LineFixture.T1 with { VehicleType = new VehicleTypeId("van-s1") };
        var report = Verify(LineFixture.Plan(null, f1, f2, t1));
        Assert.Contains(report.Violations, v => v.Code == ViolationCodes.UnknownSite && v.LineId == "F1" && v.Site == new SiteId("X9"));
        Assert.Contains(report.Violations, v => v.Code == ViolationCodes.UnknownVehicleType && v.LineId == "F2");
        Assert.Contains(report.Violations, v => v.Code == ViolationCodes.WrongDepot && v.LineId == "T1" && v.Site == new SiteId("H"));
    }

    [Fact]
    public void A_direct_line_must_start_at_the_county_hub()
    {
        var d1 = LineFixture.Line("D1", LineKind.Direct, "van-s2", "S2", "Sat", "08:00", "08:50", ("B1", "08:20", "08:30"));
        var report = Verify(LineFixture.Plan(null, d1));
        var v = Assert.Single(report.Violations, x => x.Code == ViolationCodes.WrongDepot);
        Assert.Equal(("D1", "S2"), (v.LineId, v.Site!.Value.Value));

        // Based at S2, on Saturday without a trunk there, it links B1 to nothing.
        var lost = Assert.Single(report.Violations, x => x.Code != ViolationCodes.WrongDepot);
        Assert.Equal((ViolationCodes.DemandNotCarried, new SiteId("B1")), (lost.Code, lost.Site));
        Assert.Contains("县域集采集配中心", v.Chinese, StringComparison.Ordinal);
        Assert.Contains("a direct line starts at a hub", v.English, StringComparison.Ordinal);
    }

    [Fact]
    public void The_straight_line_travel_times_follow_the_scenario_parameters()
    {
        var scenario = LineFixture.Scenario();
        var travel = new StraightLineTravelTimes(scenario);
        var leg = travel.Between(new SiteId("H"), new SiteId("S1"), null);
        var slow = travel.Between(new SiteId("H"), new SiteId("S1"), scenario.VehicleTypes[0] with { SpeedFactor = 2 });
        var km = Spatial.Geodesy.GreatCircle.DistanceKm(scenario[new SiteId("H")].Location, scenario[new SiteId("S1")].Location);
        Assert.Equal(km * 1.5 * 1000, leg.Distance.Value, 0.5);
        Assert.Equal(km * 1.5 / 35 * 3600, leg.Time.Value, 0.5);
        Assert.Equal(leg.Time.Value * 2, slow.Time.Value, 1.0);
        Assert.Equal(leg, travel.Between(new SiteId("S1"), new SiteId("H"), null));
    }

    private static Scenario ScenarioWithVehicle(ScenarioBuilder b, VehicleType vehicle)
    {
        b.RemoveVehicleType(vehicle.Id);
        b.AddVehicleType(vehicle);
        return b.Build();
    }
}
