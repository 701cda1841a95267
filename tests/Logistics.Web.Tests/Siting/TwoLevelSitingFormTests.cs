using Logistics.Planning.Coverage;
using Logistics.Planning.Demo;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Siting;
using Logistics.Web.Siting;

namespace Logistics.Web.Tests.Siting;

public sealed class TwoLevelSitingFormTests
{
    [Fact]
    public void A_scenario_without_candidates_says_so_and_how_to_get_them()
    {
        var problems = new TwoLevelSitingForm().Check(SmallCounty.Scenario);
        var only = Assert.Single(problems);
        Assert.Contains("没有候选网点", only.Chinese);
        Assert.Contains("--candidates", only.Chinese);
        Assert.Contains("no candidate sites", only.English);
        Assert.Contains("--candidates", only.English);
        Assert.NotNull(TwoLevelSitingForm.NoCandidates(SmallCounty.Scenario));
        Assert.Null(TwoLevelSitingForm.NoCandidates(EmbeddedDemo.Load()));
    }

    [Fact]
    public void Inputs_within_the_limits_pass_and_become_the_request()
    {
        var form = new TwoLevelSitingForm { Centres = 2, Outlets = 4, ThresholdKm = 2.5, Objective = "pmedian" };
        Assert.Empty(form.Check(SitingCounty.Scenario));
        var request = form.ToRequest(null);
        Assert.Equal(2, request.Centres);
        Assert.Equal(4, request.Outlets);
        Assert.Equal(SitingObjective.PMedian, request.Objective);
        Assert.Equal(CoverageThreshold.Within(new Core.Units.Metres(2500)), request.Threshold);
        Assert.Equal(TimeSpan.FromSeconds(TwoLevelSitingForm.SolverSeconds), request.Solver.TimeLimit);
    }

    [Theory]
    [InlineData(-1, 3, 3.0, "mclp", "k = -1", "between 0 and 100")]
    [InlineData(101, 3, 3.0, "mclp", "k = 101", "between 0 and 100")]
    [InlineData(0, 1001, 3.0, "mclp", "m = 1001", "between 0 and 1000")]
    [InlineData(0, -2, 3.0, "pmedian", "m = -2", "between 0 and 1000")]
    [InlineData(0, 3, 0.0, "mclp", "0 km", "between 0.1 and 100 km")]
    [InlineData(0, 3, 250.0, "mclp", "250 km", "between 0.1 and 100 km")]
    [InlineData(0, 3, double.NaN, "mclp", "NaN km", "between 0.1 and 100 km")]
    [InlineData(0, 3, 3.0, "<b>x</b>", "<b>x</b>", "use mclp, pmedian or setcover")]
    public void Inputs_beyond_the_limits_are_refused_in_Chinese_and_English(int k, int m, double km, string objective, string named, string limit)
    {
        var form = new TwoLevelSitingForm { Centres = k, Outlets = m, ThresholdKm = km, Objective = objective };
        var problem = Assert.Single(form.Check(SitingCounty.Scenario));
        Assert.Contains(named, problem.Chinese);
        Assert.Contains(named, problem.English);
        Assert.Contains(limit, problem.English);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.Chinese);
    }

    [Fact]
    public void More_centres_or_outlets_than_candidates_are_refused_naming_how_many_there_are()
    {
        var scenario = SitingCounty.Scenario;
        int centres = scenario.Sites.Count(SitingCandidates.IsCentre);
        int outlets = scenario.Sites.Count(SitingCandidates.IsOutlet);
        Assert.True(centres > 0 && outlets > 0);
        var problems = new TwoLevelSitingForm { Centres = centres + 1, Outlets = outlets + 1 }.Check(scenario);
        Assert.Equal(2, problems.Count);
        Assert.Contains($"only {centres} candidate centres", problems[0].English);
        Assert.Contains($"只有 {centres} 个候选服务中心", problems[0].Chinese);
        Assert.Contains($"only {outlets} candidate outlets", problems[1].English);

        // Set cover chooses its own number of outlets: m is not checked then.
        Assert.Empty(new TwoLevelSitingForm { Centres = centres, Outlets = outlets + 1, Objective = "setcover" }.Check(scenario));

        // The demo county has candidate outlets but no candidate centres: k > 0 is refused, k = 0 runs.
        Assert.Contains("only 0 candidate centres", Assert.Single(new TwoLevelSitingForm { Centres = 1 }.Check(EmbeddedDemo.Load())).English);
        Assert.Empty(new TwoLevelSitingForm { Centres = 0 }.Check(EmbeddedDemo.Load()));
    }
}
