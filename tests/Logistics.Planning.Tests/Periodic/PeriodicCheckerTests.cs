using System.Globalization;
using Logistics.Planning.Periodic;
using Logistics.Tests.Shared;

namespace Logistics.Planning.Tests.Periodic;

/// <summary>The independent re-coster: hand-computed costs, each rule broken once, and Cordeau's own solution files.</summary>
public class PeriodicCheckerTests
{
    // Depot (0,0); 1 (3,4) q 60 d 1, one visit on day 1 or 2; 2 (6,8) q 50 d 1, one visit; 3 (0,5) q 10, both days.
    private static readonly PeriodicInstance Pvrp = CordeauReader.Parse("tiny.txt",
    [
        "1 1 3 2", "0 100", "0 100",
        "0 0 0 0 0 0 0",
        "1 3 4 1 60 1 2 2 1",
        "2 6 8 1 50 1 2 2 1",
        "3 0 5 0 10 2 1 3",
    ], "tiny");

    // Depot (0,0); 1 (10,0) days 1,3 service 1; 2 (0,10) days 2,3 service 2; 3 (-10,0) every day, service 0.
    private static readonly PeriodicInstance Con = GroerReader.Parse("tiny.vrp",
    [
        "DIMENSION: 4", "NUM_DAYS: 3", "CAPACITY: 50", "DISTANCE: 9999999",
        "NODE_COORD_SECTION", "1 10 0", "2 0 10", "3 -10 0",
        "DEMAND_SECTION", "1 5 -1 5", "2 -1 7 7", "3 4 4 4",
        "SVC_TIME_SECTION", "1 1 1 1", "2 2 2 2", "3 0 0 0",
        "DEPOT_SECTION", "0 0", "-1", "EOF",
    ], "tiny");

    private static PeriodicSolution Routes(params (int Day, int Vehicle, int[] Customers)[] routes) =>
        new(routes.Select(r => new PeriodicRoute(r.Day, r.Vehicle, r.Customers)).ToArray(), []);

    [Fact]
    public void Costs_a_feasible_pvrp_solution_by_hand()
    {
        var check = PeriodicChecker.Check(Pvrp, Routes((1, 1, [1, 3]), (2, 1, [2, 3])), consistent: false);
        var expected = 5 + Math.Sqrt(10) + 5 + 10 + Math.Sqrt(45) + 5;
        Assert.Empty(check.Violations);
        Assert.Equal(expected, check.Travel, 9);
        Assert.Equal(2, check.Service, 9);
        Assert.Equal(1, check.Vehicles);
    }

    [Fact]
    public void Each_pvrp_rule_broken_gives_its_code_with_value_and_limit()
    {
        var capacity = PeriodicChecker.Check(Pvrp, Routes((1, 1, [1, 2, 3]), (2, 1, [3])), consistent: false);
        var v = Assert.Single(capacity.Violations, x => x.Code == "capacity");
        Assert.Equal((120.0, 100.0), (v.Value!.Value, v.Limit!.Value));

        var fleet = PeriodicChecker.Check(Pvrp, Routes((1, 1, [1, 3]), (2, 1, [2]), (2, 2, [3])), consistent: false);
        Assert.Equal(["fleet"], fleet.Violations.Select(x => x.Code));

        var combination = PeriodicChecker.Check(Pvrp, Routes((1, 1, [1, 3]), (2, 1, [2])), consistent: false);
        Assert.Equal(3, Assert.Single(combination.Violations, x => x.Code == "combination").Customer);

        var missing = PeriodicChecker.Check(Pvrp, Routes((1, 1, [1, 3]), (2, 1, [3])), consistent: false);
        Assert.Equal(2, Assert.Single(missing.Violations, x => x.Code == "missing").Customer);

        var twice = PeriodicChecker.Check(Pvrp, Routes((1, 1, [1, 3]), (2, 1, [2, 3, 1])), consistent: false);
        Assert.Equal(1, Assert.Single(twice.Violations, x => x.Code == "combination").Customer);
    }

    [Fact]
    public void Duration_counts_travel_and_service()
    {
        var limited = Pvrp with { MaxDuration = [14.2, 23.7] };
        Assert.Empty(PeriodicChecker.Check(limited, Routes((1, 1, [1, 3]), (2, 1, [2, 3])), consistent: false).Violations);
        var tight = Pvrp with { MaxDuration = [14.1, 23.7] };
        var v = Assert.Single(PeriodicChecker.Check(tight, Routes((1, 1, [1, 3]), (2, 1, [2, 3])), consistent: false).Violations);
        Assert.Equal("duration", v.Code);
        Assert.Equal(14.1623, v.Value!.Value, 4);
    }

    [Fact]
    public void Consistent_rules_one_vehicle_and_arrival_spread_within_L()
    {
        var solution = Routes((1, 1, [1, 3]), (2, 1, [2, 3]), (3, 1, [1, 2, 3]));

        // Customer 3 arrives at 10+1+20 = 31, 10+2+√200 = 26.142, 10+1+√200+2+√200 = 41.284: spread 15.142.
        var within = PeriodicChecker.Check(Con, solution, consistent: true, arrivalLimit: 15.2);
        Assert.Empty(within.Violations);
        Assert.Equal(15 + Math.Sqrt(200) - 14, within.MaxArrivalSpread, 9);
        Assert.Equal(40 + (20 + Math.Sqrt(200)) + (20 + (2 * Math.Sqrt(200))), within.Travel, 9);
        Assert.Equal(1 + 2 + 1 + 2, within.Service, 9);
        Assert.Equal(within.Travel + within.Service, within.Cost(PeriodicKind.ConVrp), 9);

        var over = PeriodicChecker.Check(Con, solution, consistent: true, arrivalLimit: 15);
        // Customer 2 arrives at 10 and 11+√200 = 25.142: the same spread.
        Assert.Equal([2, 3], over.Violations.Where(x => x.Code == "arrival-spread").Select(x => x.Customer!.Value).Order());

        var twoVehicles = PeriodicChecker.Check(Con, Routes((1, 1, [1, 3]), (2, 1, [2, 3]), (3, 1, [2, 3]), (3, 2, [1])), consistent: true);
        Assert.Equal(1, Assert.Single(twoVehicles.Violations, x => x.Code == "vehicle").Customer);
        Assert.Empty(PeriodicChecker.Check(Con, Routes((1, 1, [1, 3]), (2, 1, [2, 3]), (3, 1, [2, 3]), (3, 2, [1])), consistent: false).Violations);
    }

    [Fact]
    public void Writer_output_reads_back_and_its_cost_line_is_the_checked_cost()
    {
        foreach (var (inst, solution) in new[]
                 {
                     (Pvrp, Routes((1, 1, [1, 3]), (2, 1, [2, 3]))),
                     (Con, Routes((1, 1, [1, 3]), (2, 1, [2, 3]), (3, 1, [1, 2, 3]))),
                 })
        {
            var text = new StringWriter();
            PeriodicSolutionWriter.Write(text, inst, solution);
            var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var back = PeriodicSolutionReader.Parse("out", lines);
            Assert.Equal(solution.Routes.Select(r => (r.Day, r.Vehicle, string.Join(' ', r.Customers))), back.Routes.Select(r => (r.Day, r.Vehicle, string.Join(' ', r.Customers))));
            var check = PeriodicChecker.Check(inst, back, consistent: false);
            Assert.Equal(Math.Round(check.Cost(inst.Kind), 2), back.StatedCost!.Value, 9);
        }

        var res = new StringWriter();
        PeriodicSolutionWriter.Write(res, Pvrp, Routes((2, 1, [2, 3]), (1, 1, [1, 3])));
        Assert.Equal(["34.87", "1 1 14.16 70 0 1 3 0", "2 1 22.71 60 0 2 3 0"], res.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Reader_errors_name_file_line_and_field()
    {
        var e = Assert.Throws<Logistics.Core.Errors.DataValidationException>(() => PeriodicSolutionReader.Parse("x.res", ["10.5", "1 1 5.0 20 0 4 x 0", "Day 2 Vehicle: 1 2"]));
        Assert.Contains(e.Errors, x => x.File == "x.res" && x.Row == 2 && x.Column == "customer 2" && x.Value == "x");
        Assert.Contains(e.Errors, x => x.File == "x.res" && x.Row == 3);
    }

    [Theory]
    [InlineData("p01")]
    [InlineData("p03")]
    [InlineData("p11")]
    [InlineData("p26")]
    [InlineData("pr01")]
    [InlineData("pr10")]
    public void Cordeaus_own_solution_files_pass_and_recost_to_bks_csv(string name)
    {
        var path = SharedPaths.RequireFile("benchmarks/pvrp/cordeau", name + ".txt");
        var inst = CordeauReader.Read(path);
        var solution = PeriodicSolutionReader.Read(Path.Combine(Path.GetDirectoryName(path)!, "solutions", name + ".res"));
        var check = PeriodicChecker.Check(inst, solution, consistent: false);
        Assert.Empty(check.Violations);
        Assert.Equal(solution.StatedCost!.Value, check.Travel, 0.006);
        Assert.Equal(PeriodicReference.For(path)!.Cost!.Value, check.Travel, 0.006);
        Assert.Equal(name == "p01" ? 1 : 0, check.Notes.Count);
        Assert.True(check.Vehicles <= inst.VehiclesPerDay, string.Create(CultureInfo.InvariantCulture, $"{check.Vehicles} routes a day"));
    }
}
