using System.Net.Http.Json;
using System.Text.Json;
using Logistics.Planning.Demo;
using Logistics.Planning.Network;

namespace Logistics.Web.Tests;

/// <summary>
/// The app on Kestrel driven by headless Chromium (playwright-core, Debian's /usr/bin/chromium): real pages, real
/// clicks, real uploads. Each test starts the app on its own SQLite data folder. Screenshots go to
/// $LOGISTICS_SCREENSHOTS (docs/screenshots to refresh the committed ones).
/// </summary>
public sealed class BrowserTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Network_page_shows_one_marker_per_site_of_the_demo_county()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, runner: null);
        var r = await BrowserScenario.RunAsync("network.mjs", app.BaseUrl);
        var demo = EmbeddedDemo.Load();
        Assert.Equal(demo.Sites.Count, r.GetProperty("markers").GetInt32());
        foreach (var tier in Enum.GetValues<SiteTier>())
        {
            Assert.Equal(demo.Sites.Count(s => s.Tier == tier), r.GetProperty("counted").GetProperty(SiteTierNames.Code(tier)).GetInt32());
        }

        var outlets = demo.Sites.Count(s => s.Tier == SiteTier.VillageOutlet);
        Assert.Equal(outlets, r.GetProperty("outletMarkers").GetInt32());
        Assert.Equal(demo.Sites.Count - outlets, r.GetProperty("afterHidingOutlets").GetInt32());
        Assert.Equal(demo.Sites.Count, r.GetProperty("afterShowingOutlets").GetInt32());
        Assert.Equal(0, r.GetProperty("consoleErrors").GetArrayLength());
    }

    [Fact]
    public async Task A_plan_runs_to_completion_from_the_Lines_page_and_its_lines_appear_on_the_map_and_in_the_timetable()
    {
        BrowserScenario.RequireBrowser();
        var runner = new HandPlanRunner { Steps = 8, StepDelay = TimeSpan.FromMilliseconds(250) };
        await using var app = await KestrelApp.StartAsync(_data.Path, runner);
        var r = await BrowserScenario.RunAsync("lines.mjs", app.BaseUrl, "5");
        var expected = HandPlans.For(EmbeddedDemo.Load());
        Assert.Equal(0, r.GetProperty("before").GetInt32());
        Assert.Contains(r.GetProperty("statuses").EnumerateArray(), s => s.GetString() is "Running" or "Queued");
        Assert.Equal(expected.Lines.Count, r.GetProperty("lines").GetInt32());
        Assert.Equal(expected.Lines.Count, r.GetProperty("rows").GetInt32());
        var first = expected.Lines[0];
        Assert.Equal(first.Id, r.GetProperty("firstLine").GetString());
        Assert.Equal(first.Id, r.GetProperty("selected").GetString());
        Assert.Equal(first.Stops.Count + 2, r.GetProperty("timetableRows").GetInt32());
        Assert.True(r.GetProperty("chartDrawn").GetBoolean(), "the load chart is drawn");
        Assert.Equal(expected.Lines.Count, r.GetProperty("tables").GetInt32());
        Assert.Contains(first.ServiceDays.ToChinese(), r.GetProperty("timetableText").GetString());
        Assert.Equal(expected.Lines.Sum(l => l.Stops.Count), r.GetProperty("stopRows").GetInt32());

        // Dispatch on Monday 1 June 2026 (all hand-made lines run Mon/Wed/Fri): one manifest per line; with a vehicle
        // unavailable its stops are moved to other lines or listed as not served.
        Assert.Equal(expected.LinesOn(DayOfWeek.Monday).Count(), r.GetProperty("manifests").GetInt32());
        Assert.True(r.GetProperty("offChecked").GetBoolean());
        var offLine = expected.Lines.First(l => l.VehicleLabel == r.GetProperty("vehicle").GetString());
        Assert.True(r.GetProperty("moves").GetInt32() + r.GetProperty("unserved").GetInt32() >= offLine.Stops.Count,
            $"the {offLine.Stops.Count} stops of {offLine.Id} are moved or listed as unserved");
        Assert.Equal(0, r.GetProperty("consoleErrors").GetArrayLength());
    }

    [Fact]
    public async Task Uploading_a_file_with_a_bad_row_shows_that_rows_error_and_changes_nothing_stored()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, runner: null);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var scenariosBefore = await http.GetStringAsync("/api/scenarios", Ct);
        var (bad, row) = TestFiles.SitesCsvWithBadLatitude();
        var file = Path.Combine(_data.Path, "村级站点-有错.csv");
        await File.WriteAllBytesAsync(file, bad, Ct);

        var r = await BrowserScenario.RunAsync("import.mjs", app.BaseUrl, file, "import");
        Assert.Equal("failed", r.GetProperty("status").GetString());
        var error = Assert.Single(r.GetProperty("errors").EnumerateArray());
        Assert.Equal("村级站点-有错.csv", error.GetProperty("file").GetString());
        Assert.Equal(row.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetProperty("row").GetString());
        Assert.Equal("lat", error.GetProperty("column").GetString());
        Assert.Equal(TestFiles.BadLatitude, error.GetProperty("value").GetString());
        Assert.Equal(0, r.GetProperty("history").GetInt32());
        Assert.Equal(scenariosBefore, await http.GetStringAsync("/api/scenarios", Ct));
        Assert.Equal("[]", await http.GetStringAsync("/api/imports", Ct));

        var goodFile = Path.Combine(_data.Path, "sites.csv");
        await File.WriteAllBytesAsync(goodFile, TestFiles.DemoSitesCsv(), Ct);
        var ok = await BrowserScenario.RunAsync("import.mjs", app.BaseUrl, goodFile, "import-ok");
        Assert.Equal("ok", ok.GetProperty("status").GetString());
        Assert.Equal(1, ok.GetProperty("history").GetInt32());
        Assert.Equal(2, (await http.GetFromJsonAsync<JsonElement>("/api/scenarios", Ct)).GetArrayLength());
    }

    [Fact]
    public async Task The_English_switch_changes_the_page_language_and_is_remembered()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, runner: null);
        var r = await BrowserScenario.RunAsync("language.mjs", app.BaseUrl);
        Assert.Equal(["网络", "覆盖", "线路", "时刻表", "调度", "导入", "方案"], r.GetProperty("zhNav").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("zh-CN", r.GetProperty("zhLang").GetString());
        Assert.Equal(["Network", "Coverage", "Lines", "Timetable", "Dispatch", "Import", "Scenarios"], r.GetProperty("enNav").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("en", r.GetProperty("enLang").GetString());
        Assert.StartsWith("County logistics network", r.GetProperty("enHeading").GetString());
        Assert.StartsWith("Village coverage by outlets", r.GetProperty("coverageHeading").GetString());
        foreach (var page in r.GetProperty("pages").EnumerateObject())
        {
            // Every UI string is a Chinese–English pair: an English page shows no Chinese outside the data
            // (the demo county's names), so only the county name and data values may remain.
            var text = page.Value.GetString()!;
            var chineseUi = new[] { "方案", "线路", "时刻表", "导入", "覆盖", "网络", "站点", "文件" }
                .Where(w => text.Replace("青岭县", string.Empty, StringComparison.Ordinal).Contains(w, StringComparison.Ordinal) && !IsDataText(text, w)).ToList();
            Assert.True(chineseUi.Count == 0, $"{page.Name} shows Chinese UI words in English: {string.Join(", ", chineseUi)}");
        }

        Assert.Equal("网络", r.GetProperty("backNav")[0].GetString());
    }

    [Fact]
    public async Task Pages_for_coverage_and_scenarios_render_with_their_data()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, runner: null);
        var r = await BrowserScenario.RunAsync("pages.mjs", app.BaseUrl);
        Assert.Equal(2, r.GetProperty("coverageRows").GetInt32()); // the default thresholds 3 km and 15 min
        Assert.Equal(r.GetProperty("uncoveredRows").GetInt32(), r.GetProperty("uncoveredMarkers").GetInt32());
        Assert.Equal(1, r.GetProperty("scenarioColumns").GetInt32());
    }

    [Fact]
    public async Task After_a_restart_on_the_same_data_folder_the_saved_scenarios_and_plans_are_still_there()
    {
        BrowserScenario.RequireBrowser();
        var runner = new HandPlanRunner { Steps = 2, StepDelay = TimeSpan.FromMilliseconds(20) };
        long planId;
        await using (var first = await KestrelApp.StartAsync(_data.Path, runner))
        {
            var copied = await BrowserScenario.RunAsync("scenarios.mjs", first.BaseUrl, "copy", "方案B 重启前");
            Assert.Contains("方案B 重启前", copied.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
            using var http = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
            var post = await http.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1 }, Ct);
            var id = (await post.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
            JsonElement job;
            do
            {
                await Task.Delay(50, Ct);
                job = await http.GetFromJsonAsync<JsonElement>($"/api/plan-jobs/{id}", Ct);
            }
            while (job.GetProperty("status").GetString() is "Queued" or "Running");
            planId = job.GetProperty("planId").GetInt64();
        }

        await using var second = await KestrelApp.StartAsync(_data.Path, runner: null);
        var listed = await BrowserScenario.RunAsync("scenarios.mjs", second.BaseUrl, "list");
        Assert.Contains("方案B 重启前", listed.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
        using var again = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
        var plans = await again.GetFromJsonAsync<JsonElement>("/api/plans?scenarioId=1", Ct);
        Assert.Equal(planId, plans.EnumerateArray().Single().GetProperty("id").GetInt64());
        var timetable = await again.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/timetable", Ct);
        Assert.Equal(HandPlans.For(EmbeddedDemo.Load()).Lines.Count, timetable.GetArrayLength());
    }

    /// <summary>True when every occurrence of <paramref name="word"/> is inside a data value (a scenario, site or file name).</summary>
    private static bool IsDataText(string text, string word) =>
        text.Split('\n').Where(l => l.Contains(word, StringComparison.Ordinal))
            .All(l => l.Contains("demo", StringComparison.Ordinal) || l.Contains('#') || l.Contains("站", StringComparison.Ordinal) && l.Contains("镇", StringComparison.Ordinal));
}
