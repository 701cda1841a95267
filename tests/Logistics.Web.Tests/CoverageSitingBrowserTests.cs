using System.Globalization;
using Logistics.Planning.Coverage;
using Logistics.Spatial.Geodesy;
using Logistics.Web.Siting;
using Logistics.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Web.Tests;

/// <summary>
/// Two-level siting from the Coverage page in headless Chromium: the answer drawn on the map (centres, outlets, the
/// assignment lines, uncovered villages, a legend) and the figures are those of <see cref="ScenarioTwoLevelSiting"/>
/// run here on the same scenario; the limits and the no-candidates message come from the server.
/// </summary>
public sealed class CoverageSitingBrowserTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Siting_on_a_scenario_with_candidates_draws_centres_outlets_assignments_and_uncovered_villages_with_the_gap()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, planner: false);
        var store = app.Services.GetRequiredService<ILogisticsStore>();
        var scenario = SitingCounty.Scenario;
        var withCandidates = await store.AddScenarioAsync(scenario.Name, "test", Planning.Serialization.ScenarioJson.Serialize(scenario), TestContext.Current.CancellationToken);
        var without = await store.AddScenarioAsync(SmallCounty.Name, "test", Planning.Serialization.ScenarioJson.Serialize(SmallCounty.Scenario), TestContext.Current.CancellationToken);
        var form = new TwoLevelSitingForm { Centres = 3, Outlets = 6, ThresholdKm = 0.5 };
        Assert.Empty(form.Check(scenario));

        var r = await BrowserScenario.RunAsync("siting.mjs", app.BaseUrl, TimeSpan.FromSeconds(180),
            withCandidates.Id.ToString(CultureInfo.InvariantCulture), without.Id.ToString(CultureInfo.InvariantCulture), "3", "6", "0.5");
        Assert.False(r.TryGetProperty("error", out var error), error.ToString());

        // The same request solved here: small enough to be proven optimal, so the page must show the same answer.
        var answer = ScenarioTwoLevelSiting.Solve(scenario, form.ToRequest(null), TestContext.Current.CancellationToken);
        Assert.Equal(Spatial.Siting.SitingStatus.Optimal, answer.Result.Status);
        var kinds = new TwoLevelSitingMap(new GeometryServices()).Build(answer).Features
            .GroupBy(f => f.GetString("kind")!).ToDictionary(g => g.Key, g => g.Count());
        int Kind(string k) => kinds.GetValueOrDefault(k);
        Assert.True(Kind("uncovered-village") > 0, "at 0.5 km some villages stay uncovered: the test sees the uncovered layer");

        var drawn = r.GetProperty("drawn");
        var paths = r.GetProperty("paths");
        Assert.Equal(answer.Result.OpenCentres.Count, drawn.GetProperty("centres").GetInt32());
        Assert.Equal(3, drawn.GetProperty("newCentres").GetInt32());
        Assert.Equal(3, paths.GetProperty("newCentre").GetInt32());
        Assert.Equal(answer.Result.OpenOutlets.Count, drawn.GetProperty("outlets").GetInt32());
        Assert.Equal(6, drawn.GetProperty("newOutlets").GetInt32());
        Assert.Equal(Kind("centre"), paths.GetProperty("centre").GetInt32());
        Assert.Equal(Kind("outlet"), paths.GetProperty("outlet").GetInt32());
        Assert.Equal(Kind("uncovered-village"), paths.GetProperty("uncovered").GetInt32());
        Assert.Equal(Kind("uncovered-village"), drawn.GetProperty("uncovered").GetInt32());
        Assert.Equal(Kind("village"), drawn.GetProperty("villages").GetInt32());
        Assert.Equal(Kind("village-outlet"), paths.GetProperty("villageLines").GetInt32());
        Assert.Equal(Kind("outlet-centre"), paths.GetProperty("centreLines").GetInt32());
        Assert.True(Kind("village-outlet") > 0 && Kind("outlet-centre") > 0);
        Assert.Equal(0, paths.GetProperty("coverageMarkers").GetInt32()); // the siting replaces the coverage colours

        var legend = r.GetProperty("legend").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(7, legend.Count);
        Assert.Contains("新建 (3 + 6)", legend);
        Assert.Contains($"未覆盖行政村 ({Kind("uncovered-village")})", legend);
        Assert.Contains($"服务中心 ({Kind("centre")})", legend);

        // The figures: proven bound, gap 0 % (optimal), covered population before and after.
        var figures = r.GetProperty("figures");
        Assert.Equal("Optimal", figures.GetProperty("status").GetString());
        Assert.Equal(answer.Result.Bound!.Value.ToString(CultureInfo.InvariantCulture), figures.GetProperty("bound").GetString());
        Assert.Equal(answer.Result.Value!.Value.ToString(CultureInfo.InvariantCulture), figures.GetProperty("value").GetString());
        Assert.Equal(0.0, double.Parse(figures.GetProperty("gap").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("0.000 %", r.GetProperty("gapText").GetString());
        Assert.StartsWith(answer.CoveredExisting!.Value.ToString("N0", CultureInfo.InvariantCulture) + " (", r.GetProperty("beforeText").GetString());
        Assert.StartsWith(answer.CoveredAfter!.Value.ToString("N0", CultureInfo.InvariantCulture) + " (", r.GetProperty("afterText").GetString());
        Assert.True(answer.CoveredAfter > answer.CoveredExisting);
        Assert.Equal("3 / 6", r.GetProperty("chosenText").GetString());

        // Limits from the server, in Chinese (the page language) with the limit named.
        Assert.Contains("网点数 m = 5000", r.GetProperty("limitError").GetString());
        Assert.Contains("0–1000", r.GetProperty("limitError").GetString());

        // A scenario without candidates: the message, in English here, and no form.
        Assert.Contains("no candidate sites", r.GetProperty("noCandidates").GetString());
        Assert.Contains("--candidates", r.GetProperty("noCandidates").GetString());
        Assert.False(r.GetProperty("formShown").GetBoolean());
        var tips = r.GetProperty("tips").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(tips);
        Assert.All(tips, t => Assert.Contains(SitingCounty.Markup, t)); // the markup shows as text
        Assert.Equal(0, r.GetProperty("injected").GetInt32());
        Assert.Equal(0, r.GetProperty("consoleErrors").GetArrayLength());
    }
}
