using System.Text.Json;
using Logistics.Cli.Commands;

namespace Logistics.Cli.Tests.Commands;

public class SolveCommandTests
{
    private static string Temp(string name) => Path.Combine(Directory.CreateTempSubdirectory("logistics-cli-solve").FullName, name);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([SolveCommand.Create()], ["solve", .. args]);

    /// <summary>A 6-client CVRPLIB instance: two clusters of three, capacity 10, demand 3 each.</summary>
    private static string TinyInstance()
    {
        var path = Temp("tiny-n7-k2.vrp");
        File.WriteAllLines(path,
        [
            "NAME : tiny-n7-k2", "TYPE : CVRP", "DIMENSION : 7", "EDGE_WEIGHT_TYPE : EUC_2D", "CAPACITY : 10",
            "NODE_COORD_SECTION", "1 0 0", "2 10 0", "3 11 0", "4 12 0", "5 0 10", "6 0 11", "7 0 12",
            "DEMAND_SECTION", "1 0", "2 3", "3 3", "4 3", "5 3", "6 3", "7 3",
            "DEPOT_SECTION", "1", "-1", "EOF",
        ]);
        return path;
    }

    [Fact]
    public void Solve_writes_sol_and_json_with_instance_numbering()
    {
        var sol = Temp("tiny.sol");
        var json = Temp("tiny.json");
        var (exit, output) = Run(TinyInstance(), "--time", "5", "--iterations", "30", "--seed", "3", "--sol", sol, "--json", json);
        Assert.True(exit == 0, output);
        Assert.Contains("cost 48, 2 routes, feasible True", output);

        var lines = File.ReadAllLines(sol);
        Assert.Equal(3, lines.Length);
        Assert.Equal("Cost 48", lines[2]);
        var routes = lines.Take(2).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Order().ToArray()).OrderBy(r => r[0]).ToArray();
        Assert.Equal([1, 2, 3], routes[0]);
        Assert.Equal([4, 5, 6], routes[1]);
        Assert.StartsWith("Route #1: ", lines[0], StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(48, doc.RootElement.GetProperty("cost").GetDouble());
        Assert.True(doc.RootElement.GetProperty("feasible").GetBoolean());
    }

    [Fact]
    public void Solve_with_the_ortools_engine_finds_the_same_optimum_and_names_the_engine()
    {
        var sol = Temp("tiny-ortools.sol");
        var json = Temp("tiny-ortools.json");
        var (exit, output) = Run(TinyInstance(), "--engine", "ortools", "--time", "1", "--sol", sol, "--json", json);
        Assert.True(exit == 0, output);
        Assert.Contains("cost 48, 2 routes, feasible True", output);
        Assert.Contains("engine ortools", output);
        Assert.Equal("Cost 48", File.ReadAllLines(sol)[^1]);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("ortools", doc.RootElement.GetProperty("engine").GetString());
    }

    [Fact]
    public void What_the_ortools_engine_cannot_do_exits_2_with_the_reason_in_chinese_and_english()
    {
        var (exit, output) = Run(TinyInstance(), "--engine", "ortools", "--time", "1", "--threads", "2");
        Assert.Equal(2, exit);
        Assert.Contains("单线程", output);
        Assert.Contains("single-threaded", output);
    }

    [Fact]
    public void An_unknown_engine_is_refused()
    {
        var (exit, _) = Run(TinyInstance(), "--engine", "lkh");
        Assert.NotEqual(0, exit);
    }

    [Fact]
    public void Missing_instance_is_an_error()
    {
        var (exit, output) = Run(Path.Combine(Path.GetTempPath(), "no-such-instance-file.vrp"));
        Assert.Equal(2, exit);
        Assert.Contains("Instance not found", output);
    }
}
