using Logistics.Core.Errors;
using Logistics.Spatial.Siting;
using Logistics.Spatial.Siting.Benchmarks;

namespace Logistics.Spatial.Tests.Siting.Benchmarks;

public sealed class OrLibraryPMedianReaderTests
{
    [Fact]
    public void Last_line_of_a_repeated_pair_wins_then_shortest_paths()
    {
        // 1-2 appears twice: 5 first, then 9 (the last wins even though it is larger); 2-3 twice: 7 then 2.
        const string text = " 4 5 2 \n 1 2 5 \n 2 3 7 \n 1 2 9 \n 3 4 1 \n 2 3 2 \n";

        var instance = OrLibraryPMedianReader.Read(new StringReader(text), "tiny");

        Assert.Equal(4, instance.VertexCount);
        Assert.Equal(5, instance.EdgeLineCount);
        Assert.Equal(2, instance.MedianCount);
        Assert.Equal(9, instance.Distance(0, 1));
        Assert.Equal(9, instance.Distance(1, 0));
        Assert.Equal(2, instance.Distance(1, 2));
        Assert.Equal(11, instance.Distance(0, 2));
        Assert.Equal(12, instance.Distance(0, 3));
        Assert.Equal(0, instance.Distance(3, 3));
    }

    [Fact]
    public void Disconnected_graph_and_bad_numbers_are_reported()
    {
        var disconnected = Assert.Throws<DataValidationException>(() =>
            OrLibraryPMedianReader.Read(new StringReader("3 1 1\n1 2 4\n"), "x", "x.txt"));
        Assert.Equal("disconnected", disconnected.Errors[0].Code);
        Assert.Equal("x.txt", disconnected.Errors[0].File);

        var notInteger = Assert.Throws<DataValidationException>(() =>
            OrLibraryPMedianReader.Read(new StringReader("3 1 1\n1 2 four\n"), "x", "x.txt"));
        Assert.Equal("not-an-integer", notInteger.Errors[0].Code);
        Assert.Equal(2, notInteger.Errors[0].Row);
        Assert.Equal("four", notInteger.Errors[0].Value);

        var shortFile = Assert.Throws<DataValidationException>(() =>
            OrLibraryPMedianReader.Read(new StringReader("3 2 1\n1 2 4\n"), "x"));
        Assert.Equal("edge-count-mismatch", shortFile.Errors[0].Code);
    }

    [Fact]
    public void Pmed1_with_the_last_wins_rule_has_the_published_optimum()
    {
        var path = SharedPMedian.RequireFile("pmed1.txt");
        var instance = OrLibraryPMedianReader.ReadFile(path);

        // Under the smallest-cost-wins reading the optimum would be 5718; under the OR-Library rule it is 5819.
        var result = SitingSolver.Solve(instance.ToProblem(), new SitingOptions { TimeLimit = TimeSpan.FromSeconds(60) }, null, TestContext.Current.CancellationToken);

        Assert.Equal("pmed1", instance.Name);
        Assert.Equal(100, instance.VertexCount);
        Assert.Equal(5, instance.MedianCount);
        Assert.Equal(SitingStatus.Optimal, result.Status);
        Assert.Equal(5819, result.Value);
        Assert.Equal(5819, result.Bound);
        Assert.Equal(5, result.NewFacilities.Count);
    }

    [Fact]
    public void Pmed1_repeated_pairs_take_the_later_cost()
    {
        var path = SharedPMedian.RequireFile("pmed1.txt");
        var lines = File.ReadAllLines(path).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray())
            .Where(f => f.Length == 3)
            .ToList();
        var lastCost = new Dictionary<(int, int), int>();
        var smallest = new Dictionary<(int, int), int>();
        foreach (var f in lines)
        {
            var key = (Math.Min(f[0], f[1]), Math.Max(f[0], f[1]));
            lastCost[key] = f[2];
            smallest[key] = smallest.TryGetValue(key, out int s) ? Math.Min(s, f[2]) : f[2];
        }

        var differing = lastCost.Where(kv => smallest[kv.Key] != kv.Value).Select(kv => kv.Key).ToList();
        Assert.NotEmpty(differing);

        var instance = OrLibraryPMedianReader.ReadFile(path);
        foreach (var (a, b) in lastCost.Keys)
        {
            // A shortest path is never longer than the direct edge as last given.
            Assert.True(instance.Distance(a - 1, b - 1) <= lastCost[(a, b)]);
        }

        // For the pairs whose last cost is larger than an earlier one, the earlier smaller cost must not be used.
        Assert.Contains(differing, key => instance.Distance(key.Item1 - 1, key.Item2 - 1) > smallest[key]);
    }

    [Fact]
    public void Pmed2_is_solved_to_its_optimum()
    {
        var path = SharedPMedian.RequireFile("pmed2.txt");
        var instance = OrLibraryPMedianReader.ReadFile(path);

        var result = SitingSolver.Solve(instance.ToProblem(), new SitingOptions { TimeLimit = TimeSpan.FromSeconds(60) }, null, TestContext.Current.CancellationToken);

        Assert.Equal(SitingStatus.Optimal, result.Status);
        Assert.Equal(4093, result.Value);
        Assert.Equal(4093, result.Bound);
        Assert.Equal(10, result.NewFacilities.Count);
    }
}
