using Logistics.Core.Errors;
using Logistics.Planning.Periodic;
using Logistics.Tests.Shared;

namespace Logistics.Planning.Tests.Periodic;

public class CordeauReaderTests
{
    private static readonly string[] Small =
    [
        "1 2 3 3",
        "0 100",
        "50 100",
        "0 90",
        " 0 0 0 0 0 0 0",
        " 1 10 0 1 20 1 3 4 2 1",
        " 2 0 10 2 30 2 2 6 3",
        " 3 -5 -5 0 40 3 1 7",
    ];

    [Fact]
    public void Reads_header_days_and_nodes()
    {
        var inst = CordeauReader.Parse("small.txt", Small, "small");
        Assert.Equal(PeriodicKind.Pvrp, inst.Kind);
        Assert.Equal(3, inst.Days);
        Assert.Equal(2, inst.VehiclesPerDay);
        Assert.Equal([100.0, 100.0, 90.0], inst.Capacity);
        Assert.True(double.IsPositiveInfinity(inst.MaxDuration[0]));
        Assert.Equal(50, inst.MaxDuration[1]);
        Assert.Equal(3, inst.Customers.Count);
        var c2 = inst.Customers[1];
        Assert.Equal(2, c2.Number);
        Assert.Equal(30, c2.Demand[2]);
        Assert.Equal(2, c2.Service[0]);

        // 6 = "110" = days 1 and 2; 3 = "011" = days 2 and 3.
        Assert.Equal([new[] { 1, 2 }, new[] { 2, 3 }], c2.Combinations.Select(m => DayMask.Days(m).ToArray()).ToArray());
        Assert.Equal([new[] { 1 }, new[] { 2 }, new[] { 3 }], inst.Customers[0].Combinations.Select(m => DayMask.Days(m).ToArray()).ToArray());
        Assert.Empty(inst.Notes);
    }

    [Fact]
    public void Errors_name_file_line_and_field_and_are_all_reported()
    {
        var bad = Small.ToArray();
        bad[5] = " 1 ten 0 1 20 1 3 4 2 1";
        bad[6] = " 2 0 10 2 30 2 2 6 8";
        var e = Assert.Throws<DataValidationException>(() => CordeauReader.Parse("bad.txt", bad, "bad"));
        Assert.Contains(e.Errors, x => x.File == "bad.txt" && x.Row == 6 && x.Column == "x" && x.Value == "ten");
        Assert.Contains(e.Errors, x => x.File == "bad.txt" && x.Row == 7 && x.Column == "c2" && x.Value == "8");
    }

    [Fact]
    public void Wrong_combination_count_and_mixed_visit_counts_are_errors()
    {
        var bad = Small.ToArray();
        bad[5] = " 1 10 0 1 20 1 3 4 2";
        bad[6] = " 2 0 10 2 30 2 2 6 4";
        var e = Assert.Throws<DataValidationException>(() => CordeauReader.Parse("bad.txt", bad, "bad"));
        Assert.Contains(e.Errors, x => x.Row == 6 && x.Column == "a");
        Assert.Contains(e.Errors, x => x.Row == 7 && x.Column == "c2");
    }

    [Fact]
    public void Short_file_names_what_is_missing()
    {
        var e = Assert.Throws<DataValidationException>(() => CordeauReader.Parse("short.txt", Small.Take(6).ToArray(), "short"));
        Assert.Contains(e.Errors, x => x.File == "short.txt" && x.Column == "customer 2 line");
    }

    [Fact]
    public void P01_customer_51_on_the_depot_is_kept_and_noted()
    {
        var inst = CordeauReader.Read(SharedPaths.RequireFile("benchmarks/pvrp/cordeau", "p01.txt"));
        Assert.Equal(51, inst.Customers.Count);
        var i = inst.IndexOf(51);
        Assert.True(inst.IsOnDepot(i));
        Assert.Equal(160, inst.Customers[i].Demand[0]);
        Assert.Single(inst.Notes, n => n.Contains("customer 51 sits on the depot", StringComparison.Ordinal));
        Assert.Equal(3, inst.VehiclesPerDay);
        Assert.Equal(2, inst.Days);
    }

    [Fact]
    public void P11_customer_131_frequency_0_uses_its_one_visit_combinations()
    {
        var inst = CordeauReader.Read(SharedPaths.RequireFile("benchmarks/pvrp/cordeau", "p11.txt"));
        var c = inst.Customers[inst.IndexOf(131)];
        Assert.Equal(0, c.StatedFrequency);
        Assert.Equal(1, c.Visits);
        Assert.Equal(5, c.Combinations.Count);
        Assert.Single(inst.Notes, n => n.Contains("customer 131 states frequency 0", StringComparison.Ordinal));
    }

    [Fact]
    public void All_42_files_read_with_the_sizes_bks_csv_states()
    {
        var dir = SharedPaths.RequireDirectory("benchmarks/pvrp/cordeau");
        var files = PeriodicFiles.Instances(dir);
        Assert.Equal(42, files.Count);

        // bks.csv: instance,cordeau_cost,best_known_unverified,customers,days,vehicles_per_day,source
        var sizes = File.ReadLines(Path.Combine(dir, "..", "bks.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => (Customers: int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), Days: int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), M: int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var f in files)
        {
            var inst = CordeauReader.Read(f);
            var expected = sizes[inst.Name];
            Assert.Equal(expected, (inst.Customers.Count, inst.Days, inst.VehiclesPerDay!.Value));
            Assert.All(inst.Customers, c => Assert.NotEmpty(c.Combinations));
        }
    }
}
