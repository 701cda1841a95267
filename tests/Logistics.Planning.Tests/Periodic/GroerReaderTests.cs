using Logistics.Core.Errors;
using Logistics.Planning.Periodic;
using Logistics.Tests.Shared;

namespace Logistics.Planning.Tests.Periodic;

public class GroerReaderTests
{
    private static readonly string[] Small =
    [
        "NAME: T",
        "TYPE: CVRP",
        "DIMENSION: 4",
        "NUM_DAYS: 3",
        "CAPACITY: 50",
        "DISTANCE: 200",
        "EDGE_WEIGHT_FORMAT: EUC_2D",
        "NODE_COORD_SECTION",
        "1 10 0",
        "2 0 10",
        "3 -10 0",
        "DEMAND_SECTION",
        "1 5 -1 5",
        "2 -1 7 7",
        "3 4 4 4",
        "SVC_TIME_SECTION",
        "1 1 1 1",
        "2 2 2 2",
        "3 0 0 0",
        "DEPOT_SECTION",
        "0 0",
        "-1",
        "EOF",
    ];

    [Fact]
    public void Reads_visit_days_from_demands_and_minus_one_means_no_visit()
    {
        var inst = GroerReader.Parse("t.vrp", Small, "t");
        Assert.Equal(PeriodicKind.ConVrp, inst.Kind);
        Assert.Null(inst.VehiclesPerDay);
        Assert.Equal(3, inst.Days);
        Assert.Equal(200, inst.MaxDuration[2]);
        Assert.Equal(50, inst.Capacity[0]);
        Assert.Equal([1, 3], DayMask.Days(Assert.Single(inst.Customers[0].Combinations)).ToArray());
        Assert.Equal([2, 3], DayMask.Days(Assert.Single(inst.Customers[1].Combinations)).ToArray());
        Assert.Equal([1, 2, 3], DayMask.Days(Assert.Single(inst.Customers[2].Combinations)).ToArray());
        Assert.Equal(7, inst.Customers[1].Demand[1]);
        Assert.Equal(2, inst.Customers[1].Service[2]);
    }

    [Fact]
    public void Errors_name_file_line_and_field()
    {
        var bad = Small.ToArray();
        bad[9] = "2 0 north";
        bad[13] = "2 -1 7 -3";
        bad.SetValue("3 0 0", 18);
        var e = Assert.Throws<DataValidationException>(() => GroerReader.Parse("bad.vrp", bad, "bad"));
        Assert.Contains(e.Errors, x => x.File == "bad.vrp" && x.Row == 10 && x.Column == "y" && x.Value == "north");
        Assert.Contains(e.Errors, x => x.File == "bad.vrp" && x.Row == 14 && x.Column == "day 3" && x.Value == "-3");
        Assert.Contains(e.Errors, x => x.File == "bad.vrp" && x.Row == 19 && x.Column == "SVC_TIME_SECTION");
    }

    [Fact]
    public void Missing_header_and_section_are_named()
    {
        var bad = Small.Where(l => !l.StartsWith("NUM_DAYS", StringComparison.Ordinal) && l != "DEPOT_SECTION").ToArray();
        var e = Assert.Throws<DataValidationException>(() => GroerReader.Parse("bad.vrp", bad, "bad"));
        Assert.Contains(e.Errors, x => x.Column == "NUM_DAYS");
        Assert.Contains(e.Errors, x => x.Column == "DEPOT_SECTION");
    }

    [Fact]
    public void The_twelve_files_read_and_a_customer_never_visited_is_noted()
    {
        var dir = SharedPaths.RequireDirectory("benchmarks/convrp/groer2009");
        var files = PeriodicFiles.Instances(dir);
        Assert.Equal(12, files.Count);
        var p1 = GroerReader.Read(files.Single(f => f.EndsWith("Christofides_1_5_0.7.vrp", StringComparison.Ordinal)));
        Assert.Equal(50, p1.Customers.Count);
        Assert.Equal(5, p1.Days);
        Assert.Equal(160, p1.Capacity[0]);
        Assert.True(double.IsPositiveInfinity(p1.MaxDuration[0]));

        // Customer 1: "1 7 7 7 -1 7" = days 1, 2, 3, 5.
        Assert.Equal([1, 2, 3, 5], DayMask.Days(p1.Customers[0].Combinations[0]).ToArray());
        var p10 = GroerReader.Read(files.Single(f => f.EndsWith("Christofides_10_5_0.7.vrp", StringComparison.Ordinal)));
        Assert.Empty(p10.Customers[9].Combinations);
        Assert.Contains(p10.Notes, n => n.Contains("customer 10 has no visit day", StringComparison.Ordinal));
    }
}
