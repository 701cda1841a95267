using System.Net.Http.Json;
using System.Text.Json;
using Logistics.Planning.Demo;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Web.Tests;

/// <summary>
/// The app on Kestrel driven by headless Chromium (playwright-core, Debian's /usr/bin/chromium): real pages, real
/// clicks, real uploads. The Lines, Timetable, Dispatch, Coverage and Scenarios pages are driven on the demo county's
/// real plan (<see cref="DemoPlanFixture"/>: the line planner started from the Lines page); the other tests start the
/// app on their own SQLite data folder. Screenshots go to $LOGISTICS_SCREENSHOTS (docs/screenshots to refresh the
/// committed ones).
/// </summary>
public sealed class BrowserTests(DemoPlanFixture demo) : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly DemoPlanFixture _demo = demo;

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Network_page_shows_one_marker_per_site_of_the_demo_county()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, planner: false);
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
        var demo = await _demo.GetAsync(); // the real line planner on the demo county, started by clicking 开始规划
        var r = demo.Page!.Value;
        var plan = demo.Plan;
        Assert.Equal(0, r.GetProperty("before").GetInt32());
        Assert.Contains(r.GetProperty("statuses").EnumerateArray(), s => s.GetString() is "Running" or "Queued");
        Assert.True(r.GetProperty("progressShown").GetBoolean(), "the page draws the best cost over time while the job runs");
        Assert.Equal(demo.PlanId.ToString(System.Globalization.CultureInfo.InvariantCulture), r.GetProperty("plan").GetString());
        Assert.True(r.GetProperty("noReload").GetBoolean(), "the page goes to the new plan inside the circuit, without a reload");

        // The job lives on the server: a double click made one job, and a second tab showed it with its cancel button.
        Assert.Equal(r.GetProperty("jobId").GetString(), r.GetProperty("otherJob").GetString());
        Assert.True(r.GetProperty("otherCanCancel").GetBoolean());
        using (var http = new HttpClient { BaseAddress = new Uri(demo.App.BaseUrl) })
        {
            var jobs = await http.GetFromJsonAsync<JsonElement>("/api/plan-jobs", Ct);
            Assert.Single(jobs.EnumerateArray(), j => j.GetProperty("scenarioId").GetInt64() == 1);
        }

        // The plan verifies clean and the page says so; its figures are PlanKpiCalculator's.
        var travel = new StraightLineTravelTimes(demo.Scenario);
        var report = PlanVerifier.Verify(plan, demo.Scenario, travel);
        Assert.True(report.IsClean, report.ToString());
        Assert.Equal(0, r.GetProperty("verification").GetInt32());
        Assert.Contains("核验通过", r.GetProperty("verificationText").GetString());
        Assert.Contains("Verified clean", r.GetProperty("enVerificationText").GetString());
        var kpis = PlanKpiCalculator.Compute(plan, demo.Scenario, travel);
        var zh = r.GetProperty("zhFigures");
        Assert.Equal(kpis.Totals.Km.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), zh.GetProperty("km").GetProperty("value").GetString());
        Assert.Equal(kpis.VehiclesUsed.ToString(System.Globalization.CultureInfo.InvariantCulture), zh.GetProperty("vehicles").GetProperty("value").GetString());
        Assert.Equal(kpis.Totals.Cost.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), zh.GetProperty("cost").GetProperty("value").GetString());
        var required = kpis.VisitShares.Single(v => v.MinVisits is null);
        Assert.EndsWith($"({required.Outlets}/{required.Total})", zh.GetProperty("visits").GetProperty("value").GetString());
        Assert.Equal("未计算", zh.GetProperty("consistency").GetProperty("value").GetString()); // the tests' planner skips the baseline
        foreach (var f in r.GetProperty("enFigures").EnumerateObject())
        {
            var label = f.Value.GetProperty("label").GetString()!;
            Assert.False(label.Any(c => c >= '\u4e00' && c <= '\u9fff'), $"English figure label {f.Name}: {label}");
        }

        // Every line is on the map and in the table, in plan order; a click shows its timetable and load chart.
        Assert.Equal(plan.Lines.Count, r.GetProperty("lines").GetInt32());
        Assert.Equal(plan.Lines.Count, r.GetProperty("mapLines").GetInt32());
        // The grid: all lines, the first page in plan order; the kind filter, the search and the map click select rows.
        Assert.Equal(plan.Lines.Count, r.GetProperty("total").GetInt32());
        Assert.Equal(plan.Lines.Take(Logistics.Web.Components.Shared.LineGrid.PageSize).Select(l => l.Id), r.GetProperty("rowIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(plan.Lines.Count(l => l.Kind == Planning.Lines.LineKind.Feeder), r.GetProperty("feederTotal").GetInt32());
        var fromMap = plan.Lines.Single(l => l.Id == r.GetProperty("mapSelected").GetString());
        Assert.NotEqual(r.GetProperty("clicked").GetString(), fromMap.Id);
        Assert.True(r.GetProperty("mapPage").GetInt32() > 0, "the grid turned to the page of the line clicked on the map");
        // Filtered to feeders and sorted by stops (descending), the grid's first row is one of the longest feeders.
        var feeder = plan.Lines.Single(l => l.Id == r.GetProperty("clicked").GetString());
        Assert.Equal(Planning.Lines.LineKind.Feeder, feeder.Kind);
        Assert.Equal(plan.Lines.Where(l => l.Kind == Planning.Lines.LineKind.Feeder).Max(l => l.Stops.Count), feeder.Stops.Count);
        Assert.Equal(feeder.Id, r.GetProperty("selected").GetString());
        Assert.Equal(feeder.Stops.Count + 2, r.GetProperty("timetableRows").GetInt32());
        Assert.True(r.GetProperty("chartDrawn").GetBoolean(), "the load chart is drawn");

        // The Timetable page lists every line, per line and per stop.
        // The Timetable page shows the lines of one township at a time (the first by default), one outlet's arrivals
        // as a notice to print, and every stop in the all-stops view.
        var rows = Logistics.Web.Tables.LineRow.Of(plan, demo.Scenario);
        var township = r.GetProperty("township").GetString()!;
        Assert.Equal(rows.SelectMany(x => x.Townships).Order(StringComparer.Ordinal).First(), township);
        Assert.Equal(rows.Count(x => x.Townships.Contains(township)), r.GetProperty("tables").GetInt32());
        var firstOfTown = rows.First(x => x.Townships.Contains(township)).Line;
        Assert.Contains(firstOfTown.ServiceDays.ToChinese(), r.GetProperty("timetableText").GetString());
        var notice = r.GetProperty("notice");
        var outlet = Planning.Timetables.Timetable.ForStops(plan, demo.Scenario).Single(s => s.Site.Value == notice.GetProperty("site").GetString());
        Assert.Equal(outlet.Visits.OrderBy(v => v.Arrival).Select(v => v.Chinese), notice.GetProperty("rows").EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith("到达", outlet.Visits[0].Chinese, StringComparison.Ordinal);
        Assert.True(r.GetProperty("printHidesNav").GetBoolean());
        Assert.Equal(plan.Lines.Sum(l => l.Stops.Count), r.GetProperty("stopRows").GetInt32());
        Assert.Equal(0, r.GetProperty("consoleErrors").GetArrayLength());
    }

    [Fact]
    public async Task Dispatch_page_shows_a_days_manifests_and_the_replan_with_a_vehicle_unavailable_on_the_demo_plan()
    {
        BrowserScenario.RequireBrowser();
        var demo = await _demo.GetAsync();
        var date = new DateOnly(2026, 6, 1); // a Monday
        var travel = new StraightLineTravelTimes(demo.Scenario);
        Planning.Dispatch.DispatchDay Dispatch(params string[] off) => Planning.Dispatch.DispatchPlanner.Plan(demo.Plan, demo.Scenario, travel,
            new Planning.Dispatch.DispatchRequest(date)
            {
                Unavailable = off.Select(o => Planning.Dispatch.VehicleRef.TryParse(o, demo.Scenario, out var v, out var e) ? v : throw new InvalidOperationException(e)).ToList(),
            });
        var planned = Dispatch();
        Assert.True(planned.Verification.IsClean, planned.Verification.ToString());

        // The vehicle made unavailable: the first of the day whose absence moves stops or leaves some unserved (a
        // feeder truck usually), so the page has something to show.
        var vehicles = demo.Plan.LinesOn(date.DayOfWeek).Select(l => l.VehicleLabel!).Distinct().ToList();
        var vehicle = vehicles.First(v => Dispatch(v) is { } d && d.Moves.Count + d.Unserved.Count > 0);
        var expected = Dispatch(vehicle);

        var r = await BrowserScenario.RunAsync("dispatch.mjs", demo.App.BaseUrl, demo.PlanId.ToString(System.Globalization.CultureInfo.InvariantCulture), "2026-06-01", vehicle);
        var before = r.GetProperty("before");
        Assert.Equal(planned.Runs.Count, before.GetProperty("runs").GetInt32());
        Assert.Equal(planned.Runs.Count, before.GetProperty("manifests").GetInt32());
        Assert.Equal(0, before.GetProperty("violations").GetInt32());
        Assert.Contains("核验通过", before.GetProperty("verificationText").GetString());
        // Every vehicle of the day is offered once, by its name (depot, type, number: no internal code), grouped by
        // depot, numbers in natural order (2 before 10).
        var offered = r.GetProperty("vehicles").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(vehicles.Order(StringComparer.Ordinal), offered.Order(StringComparer.Ordinal));
        var names = r.GetProperty("vehicleNames").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.All(names, n => Assert.EndsWith("号", n, StringComparison.Ordinal));
        Assert.All(names, n => Assert.DoesNotContain("#", n, StringComparison.Ordinal));
        var depots = r.GetProperty("depots").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(depots.Distinct().Count(), depots.Count);
        var byType = offered.Select(o => Planning.Dispatch.VehicleRef.TryParse(o, demo.Scenario, out var v, out _) ? v : throw new InvalidOperationException(o)).ToList();
        foreach (var group in byType.Select((v, i) => (v, i)).GroupBy(x => x.v.Type))
        {
            var numbers = group.OrderBy(x => x.i).Select(x => x.v.Number).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }

        Assert.True(r.GetProperty("noReload").GetBoolean(), "the re-plan runs inside the circuit");

        var after = r.GetProperty("after");
        Assert.True(r.GetProperty("offChecked").GetBoolean());
        Assert.Equal("2026-06-01", r.GetProperty("day").GetString());
        Assert.Equal(expected.Runs.Count, after.GetProperty("manifests").GetInt32());
        Assert.DoesNotContain(after.GetProperty("manifestVehicles").EnumerateArray(), m => m.GetProperty("vehicle").GetString() == vehicle);
        Assert.Equal(expected.Moves.Count, after.GetProperty("moves").GetInt32());
        Assert.Equal(expected.Moves.Count, after.GetProperty("moveRows").GetInt32());
        Assert.Equal(expected.Unserved.Count, after.GetProperty("unserved").GetInt32());
        var rows = after.GetProperty("unservedRows").EnumerateArray().Select(row => row.EnumerateArray().Select(c => c.GetString()).ToList()).ToList();
        Assert.Equal(expected.Unserved.Select(u => (u.LineId, u.SiteName, Logistics.Web.Localization.ReasonText.Readable(u.Chinese, demo.Scenario, english: false))), rows.Select(c => (c[0]!, c[1]!, c[2]!)));
        var siteIds = demo.Scenario.Sites.Select(s => s.Id.Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(rows, c => Assert.DoesNotContain(System.Text.RegularExpressions.Regex.Split(c[2]!, "[^A-Za-z0-9_-]+"), siteIds.Contains)); // reasons name sites, not ids
        Assert.Equal(expected.Verification.Violations.Count, after.GetProperty("violations").GetInt32());
        // The status says when stops are left unserved: no plain green tick then.
        var status = after.GetProperty("verificationText").GetString()!;
        if (!expected.Verification.IsClean)
        {
            Assert.Contains("核验问题", status);
        }
        else if (expected.Unserved.Count > 0)
        {
            Assert.StartsWith("⚠", status, StringComparison.Ordinal);
            Assert.Contains($"{expected.Unserved.Count} 个站点无法服务", status, StringComparison.Ordinal);
            Assert.Equal("warn", after.GetProperty("verificationClass").GetString());
        }
        else
        {
            Assert.StartsWith("✔", status, StringComparison.Ordinal);
        }

        // An invalid date is an error: nothing is dispatched for another day.
        var invalid = r.GetProperty("invalidDate");
        Assert.Contains("无效", invalid.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("2026-06-01", invalid.GetProperty("error").GetString(), StringComparison.Ordinal); // says how to write it
        Assert.Equal(0, invalid.GetProperty("manifests").GetInt32());
        Assert.Equal(0, r.GetProperty("consoleErrors").GetArrayLength());
    }

    [Fact]
    public async Task Uploading_a_file_with_a_bad_row_shows_that_rows_error_and_changes_nothing_stored()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, planner: false);
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
        Assert.Contains($"“{TestFiles.BadLatitude}”不是数字：请填写数字", error.GetProperty("message").GetString(), StringComparison.Ordinal); // Chinese, says what to do
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
        await using var app = await KestrelApp.StartAsync(_data.Path, planner: false);
        var r = await BrowserScenario.RunAsync("language.mjs", app.BaseUrl);
        Assert.True(r.GetProperty("noReload").GetBoolean(), "the language switches inside the circuit, without a reload");
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
    public async Task Coverage_and_Scenarios_pages_show_the_demo_plans_visits_and_figures()
    {
        BrowserScenario.RequireBrowser();
        var demo = await _demo.GetAsync();
        var r = await BrowserScenario.RunAsync("pages.mjs", demo.App.BaseUrl);
        Assert.Equal(2, r.GetProperty("coverageRows").GetInt32()); // the default thresholds 3 km and 15 min
        Assert.Equal(r.GetProperty("uncoveredRows").GetInt32(), r.GetProperty("uncoveredMarkers").GetInt32());

        var report = Planning.Coverage.CoverageAnalyzer.Analyze(demo.Scenario, null, demo.Plan);
        Assert.Equal(demo.PlanId, r.GetProperty("coveragePlan").GetInt64());
        Assert.Equal(report.Villages.Count, r.GetProperty("villages").GetInt32());
        Assert.Equal(report.Villages.Count, r.GetProperty("visitMarkers").GetInt32());
        var meeting = report.Villages.Count(v => v.WeeklyVisits >= v.RequiredVisitsPerWeek);
        Assert.Equal(meeting, r.GetProperty("meeting").GetInt32());
        Assert.Equal(report.Villages.Count - meeting, r.GetProperty("shortRows").GetInt32());

        Assert.Equal(1, r.GetProperty("scenarioColumns").GetInt32());
        var figures = r.GetProperty("figures");
        Assert.Equal(demo.Plan.Lines.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), figures.GetProperty("lines").GetString());
        Assert.Equal("✔ 核验通过", figures.GetProperty("verification").GetString());
        Assert.True(r.GetProperty("narrowWidth").GetInt32() <= 768, $"at 768 px the Lines page is {r.GetProperty("narrowWidth")} px wide");
        Assert.Equal(Logistics.Web.Components.Shared.LineGrid.PageSize, r.GetProperty("narrowRows").GetInt32());
    }

    [Fact]
    public async Task After_a_restart_on_the_same_data_folder_the_saved_scenarios_and_plans_are_still_there()
    {
        BrowserScenario.RequireBrowser();
        long planId, smallId;
        await using (var first = await KestrelApp.StartAsync(_data.Path, planner: true))
        {
            var copied = await BrowserScenario.RunAsync("scenarios.mjs", first.BaseUrl, "copy", "方案B 重启前");
            Assert.Contains("方案B 重启前", copied.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
            var store = first.Services.GetRequiredService<Storage.ILogisticsStore>();
            smallId = (await store.AddScenarioAsync(SmallCounty.Name, "test", Planning.Serialization.ScenarioJson.Serialize(SmallCounty.Scenario), Ct)).Id;
            using var http = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
            var post = await http.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = smallId, timeLimitSeconds = 60 }, Ct);
            var id = (await post.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
            var job = await ApiTests.WaitForEnd(http, id!, TimeSpan.FromSeconds(120), Ct);
            Assert.Equal("Succeeded", job.GetProperty("status").GetString());
            planId = job.GetProperty("planId").GetInt64();
        }

        await using var second = await KestrelApp.StartAsync(_data.Path, planner: false);
        var listed = await BrowserScenario.RunAsync("scenarios.mjs", second.BaseUrl, "list");
        Assert.Contains("方案B 重启前", listed.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(SmallCounty.Name, listed.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
        using var again = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
        var plans = await again.GetFromJsonAsync<JsonElement>($"/api/plans?scenarioId={smallId}", Ct);
        Assert.Equal(planId, plans.EnumerateArray().Single().GetProperty("id").GetInt64());
        var plan = LinePlanJson.Deserialize(await again.GetStringAsync($"/api/plans/{planId}", Ct));
        var timetable = await again.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/timetable", Ct);
        Assert.Equal(plan.Lines.Count, timetable.GetArrayLength());
    }

    /// <summary>True when every occurrence of <paramref name="word"/> is inside a data value (a scenario, site or file name).</summary>
    private static bool IsDataText(string text, string word) =>
        text.Split('\n').Where(l => l.Contains(word, StringComparison.Ordinal))
            .All(l => l.Contains("demo", StringComparison.Ordinal) || l.Contains('#') || l.Contains("站", StringComparison.Ordinal) && l.Contains("镇", StringComparison.Ordinal));
}
