using System.Globalization;
using Logistics.Routing.Benchmarks;
using Logistics.Routing.Solutions;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Benchmarks;

/// <summary>Readers on the real benchmark files: published best solutions re-evaluate to their published cost.</summary>
public class BenchmarkReaderTests
{
    /// <summary>Reads <c>Route ... : c1 c2 ...</c> lines (CVRPLIB .sol and SINTEF formats).</summary>
    private static List<int[]> ReadRoutes(string path, BenchmarkInstance instance)
    {
        var byNumber = instance.ClientNumbers.Select((num, idx) => (num, idx)).ToDictionary(p => p.num, p => p.idx);
        return File.ReadLines(path)
            .Where(l => l.TrimStart().StartsWith("Route", StringComparison.OrdinalIgnoreCase) && l.Contains(':', StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..]
                .Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)
                .Select(t => byNumber[int.Parse(t, CultureInfo.InvariantCulture)])
                .ToArray())
            .Where(r => r.Length > 0)
            .ToList();
    }

    private static Solution Evaluate(BenchmarkInstance instance, List<int[]> routes) =>
        Solution.Evaluate(instance.Data, routes.Select(r => (0, (IReadOnlyList<int>)r)));

    [Fact]
    public void Cvrplib_X_instance_and_its_solution_cost_match()
    {
        var path = SharedData.FileOrSkip("cvrp/X/X-n101-k25.vrp");
        var inst = CvrplibReader.Read(path);
        Assert.Equal("X-n101-k25", inst.Name);
        Assert.Equal(100, inst.Data.NumClients);
        Assert.Equal(206, inst.Data.VehicleTypes[0].Capacity[0]);
        Assert.Equal(365, inst.Data.X(0));
        Assert.Equal(689, inst.Data.Y(0));
        var solution = Evaluate(inst, ReadRoutes(Path.ChangeExtension(path, ".sol"), inst));
        Assert.True(solution.IsFeasible);
        Assert.Equal(27591, solution.Cost);
        Assert.Equal(26, solution.NumRoutes);
    }

    [Fact]
    public void All_Solomon_SINTEF_solutions_are_feasible_with_their_published_distance()
    {
        var root = SharedData.BenchmarksOrSkip();
        var bks = BksTable.Read(Path.Combine(root, "vrptw", "bks.csv"));
        var solutions = Directory.GetFiles(Path.Combine(root, "vrptw", "solomon", "solutions"), "*.txt");
        Assert.NotEmpty(solutions);
        foreach (var sol in solutions)
        {
            string name = Path.GetFileNameWithoutExtension(sol).ToUpperInvariant();
            var inst = SolomonReader.Read(Path.Combine(root, "vrptw", "solomon", name + ".txt"));
            var solution = Evaluate(inst, ReadRoutes(sol, inst));
            Assert.True(solution.IsFeasible, $"{name} infeasible");
            Assert.Equal(bks[name].Cost, inst.Published(solution.Cost), 0.01);
            Assert.Equal(bks[name].Vehicles, solution.NumRoutes);
        }
    }

    [Fact]
    public void Homberger_instance_reads_with_its_solution()
    {
        var root = SharedData.BenchmarksOrSkip();
        var dir = Path.Combine(root, "vrptw", "homberger");
        var sol = Directory.GetFiles(Path.Combine(dir, "solutions"), "c1_2_1.*").FirstOrDefault();
        if (sol is null)
        {
            Assert.Skip("c1_2_1 solution absent");
        }

        var inst = SolomonReader.Read(Path.Combine(dir, "c1_2_1.txt"));
        Assert.Equal(200, inst.Data.NumClients);
        Assert.True(inst.Data.HasCoordinates);
        var solution = Evaluate(inst, ReadRoutes(sol, inst));
        Assert.True(solution.IsFeasible);
        var bks = BksTable.Read(Path.Combine(root, "vrptw", "bks.csv"));
        Assert.Equal(bks["c1_2_1"].Cost, inst.Published(solution.Cost), 0.01);
    }

    [Fact]
    public void Dethloff_instance_reads_explicit_matrix_with_pickups_and_deliveries()
    {
        var path = SharedData.FileOrSkip("vrpspd/dethloff/CON3-0.vrpspd");
        var inst = LkhVrpspdReader.Read(path);
        Assert.Equal(50, inst.Data.NumClients);
        Assert.Equal(4, inst.Data.VehicleTypes[0].Count);
        Assert.Equal(8080987, inst.Data.VehicleTypes[0].Capacity[0]);
        Assert.Equal(174413, inst.Data.Distance(0, 0, 1));
        var c = inst.Data.Clients[0]; // node 2: "2 0 0 10000000 0 1015547 109447"
        Assert.Equal(new long[] { 1015547, 109447 }.Order(), new[] { c.Pickup[0], c.Delivery[0] }.Order());
        Assert.Equal(10_000, inst.CostScale);
    }

    [Fact]
    public void Salhi_Nagy_instance_reads_coordinates_service_and_distance_limit()
    {
        var path = SharedData.FileOrSkip("vrpspd/salhi_nagy/CMT6X.vrpspd");
        var inst = LkhVrpspdReader.Read(path);
        Assert.Equal(50, inst.Data.NumClients);
        Assert.Equal(200 * 10_000, inst.Data.VehicleTypes[0].MaxDuration);
        Assert.Equal(10 * 10_000, inst.Data.Clients[0].ServiceDuration);
        Assert.Equal((long)Math.Round(Math.Sqrt(7 * 7 + 12 * 12) * 10_000), inst.Data.Distance(0, 0, 1));
    }

    [Fact]
    public void Every_instance_of_the_three_families_reads()
    {
        var root = SharedData.BenchmarksOrSkip();
        foreach (var family in new[] { "cvrp/X", "vrptw/solomon", "vrpspd/dethloff", "vrpspd/salhi_nagy" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, family)).Where(BenchmarkReader.IsInstanceFile).Take(family == "cvrp/X" ? 10 : 100))
            {
                var inst = BenchmarkReader.Read(file);
                Assert.True(inst.Data.NumClients > 0, file);
            }
        }
    }

    [Fact]
    public void Solution_file_uses_family_numbering_and_cost_line()
    {
        var path = SharedData.FileOrSkip("cvrp/X/X-n101-k25.vrp");
        var inst = CvrplibReader.Read(path);
        var routes = ReadRoutes(Path.ChangeExtension(path, ".sol"), inst);
        var solution = Evaluate(inst, routes);
        var writer = new StringWriter();
        SolutionFileWriter.Write(writer, inst, solution);
        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".sol")).Where(l => l.Trim().Length > 0).Select(l => l.Trim());
        var actual = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim());
        Assert.Equal(expected, actual);
    }
}
