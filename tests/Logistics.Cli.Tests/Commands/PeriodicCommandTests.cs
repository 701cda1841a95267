using Logistics.Cli.Commands;

namespace Logistics.Cli.Tests.Commands;

public class PeriodicCommandTests
{
    private static string Temp(string name) => Path.Combine(Directory.CreateTempSubdirectory("logistics-cli-periodic").FullName, name);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([PeriodicCommand.Create()], ["periodic", .. args]);

    /// <summary>Two days, one vehicle a day, capacity 60: customers 1 and 2 (30 each) once on either day, 3 (20) on both.</summary>
    private static string TinyPvrp()
    {
        var path = Temp("tiny.txt");
        File.WriteAllLines(path, ["1 1 3 2", "0 60", "0 60", "0 0 0 0 0 0 0", "1 10 0 0 30 1 2 2 1", "2 -10 0 0 30 1 2 2 1", "3 0 10 0 20 2 1 3"]);
        return path;
    }

    [Fact]
    public void Solve_writes_a_res_file_that_check_accepts_with_the_same_cost()
    {
        var instance = TinyPvrp();
        var sol = Temp("tiny.res");
        var (exit, output) = Run("solve", instance, "--mode", "free", "--time", "5", "--sol", sol);
        Assert.True(exit == 0, output);
        var lines = File.ReadAllLines(sol);

        // Each day: one of 1, 2 with 3 (capacity 60 allows 50): 10 + √200 + 10 = 34.142 a day.
        Assert.Equal("68.28", lines[0]);
        Assert.Equal(3, lines.Length);
        var (checkExit, checkOutput) = Run("check", instance, sol);
        Assert.True(checkExit == 0, checkOutput);
        Assert.Contains("cost 68.28", checkOutput, StringComparison.Ordinal);
        Assert.Contains("violations 0", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_broken_rule_and_exits_1()
    {
        var instance = TinyPvrp();
        var sol = Temp("bad.res");
        File.WriteAllLines(sol, ["0", "1 1 0 80 0 1 2 3 0", "2 1 0 20 0 3 0"]);
        var (exit, output) = Run("check", instance, sol);
        Assert.Equal(1, exit);
        Assert.Contains("capacity:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_instance_line_is_named_and_exits_2()
    {
        var path = Temp("bad.txt");
        File.WriteAllLines(path, ["1 1 1 2", "0 60", "0 60", "0 0 0 0 0 0 0", "1 10 zero 0 30 1 2 2 1"]);
        var (exit, output) = Run("solve", path, "--time", "1");
        Assert.Equal(2, exit);
        Assert.Contains("bad.txt row 5 column 'y'", output, StringComparison.Ordinal);
    }
}
