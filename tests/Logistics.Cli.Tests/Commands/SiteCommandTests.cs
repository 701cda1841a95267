using System.Globalization;
using Logistics.Cli.Commands;
using Logistics.Planning.Coverage;
using Logistics.Planning.Demo;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Siting;

namespace Logistics.Cli.Tests.Commands;

public class SiteCommandTests
{
    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([SiteCommand.Create()], ["site", .. args]);

    [Fact]
    public void Maximal_covering_on_the_demo_county_prints_the_chosen_sites_objective_bound_and_gap()
    {
        var (exit, output) = Run("--model", "mclp", "--p", "10", "--threshold", "1km", "--outlets-only", "--time", "2");

        Assert.True(exit == 0, output);
        var answer = ScenarioSiting.Solve(EmbeddedDemo.Load(), new ScenarioSitingRequest
        {
            Model = SitingObjective.MaximalCovering,
            NewOutlets = 10,
            Threshold = CoverageThreshold.Parse("1km"),
            StationsAreOutlets = false,
            Solver = new SitingOptions { TimeLimit = TimeSpan.FromSeconds(2) },
        }, null, TestContext.Current.CancellationToken);
        var c = CultureInfo.InvariantCulture;
        Assert.Contains("模型 / Model: MaximalCovering; 新增 / p = 10; 阈值 / threshold 1 km", output);
        Assert.Contains(string.Create(c, $"选址前 / Before (existing only): {answer.ValueBefore:N0}"), output);
        Assert.Contains(string.Create(c, $"选址后 / After: {answer.Result.Value:N0}"), output);
        Assert.Contains(string.Create(c, $"界 / Bound: {answer.Result.Bound:N0}"), output);
        Assert.Contains("差距 / Gap: ", output);
        Assert.Contains(string.Create(c, $"选中候选点 / Chosen sites: {answer.Chosen.Count}"), output);
        Assert.All(answer.Chosen, s => Assert.Contains($"  {s.Id} {s.Name} 乡镇 / township {s.TownshipCode}", output));
    }

    [Fact]
    public void Set_cover_needs_no_new_outlet_where_every_village_is_covered()
    {
        var (exit, output) = Run("--model", "setcover", "--threshold", "3km", "--time", "2");

        Assert.True(exit == 0, output);
        Assert.Contains("选址后 / After: 0", output);
        Assert.Contains("选中候选点 / Chosen sites: 0", output);
    }

    [Fact]
    public void P_median_without_p_fails_and_names_the_missing_parameter()
    {
        var (exit, output) = Run("--model", "pmedian");

        Assert.Equal(1, exit);
        Assert.Contains("[missing-facility-count]", output);
    }

    [Theory]
    [InlineData("--model", "kmeans")]
    [InlineData("--time", "0")]
    [InlineData("--threshold", "far")]
    public void Invalid_options_fail(string option, string value)
    {
        var (exit, _) = Run("--p", "2", option, value);

        Assert.NotEqual(0, exit);
    }

    [Fact]
    public void Site_on_a_scenario_without_candidates_says_so_in_both_languages_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"logistics-nocand-{Guid.NewGuid():N}.json");
        try
        {
            Logistics.Planning.Serialization.ScenarioJson.Write(
                SmallCounty.Scenario("no-candidates", Logistics.Planning.Network.DailyDemand.None), path);
            var (exit, output) = Run(path, "--model", "mclp", "--p", "2");
            Assert.Equal(1, exit);
            Assert.Contains("没有候选网点", output);
            Assert.Contains("no candidate sites", output);
            Assert.DoesNotContain("Optimal", output);

            var (twoExit, twoOutput) = Run(path, "--model", "two-level", "--centres", "1", "--outlets", "1");
            Assert.Equal(1, twoExit);
            Assert.Contains("[no-candidate-outlet]", twoOutput);
            Assert.Contains("[no-candidate-centre]", twoOutput);
            Assert.Contains("--candidates", twoOutput);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
