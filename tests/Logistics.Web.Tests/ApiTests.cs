using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Logistics.Planning.Demo;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;
using Logistics.Tests.Shared;

namespace Logistics.Web.Tests;

/// <summary>
/// The HTTP API through <c>WebApplicationFactory</c>, each test on its own SQLite data folder. Plans come from the real
/// line planner: on <see cref="SmallCounty"/> where a test needs one quickly, and the demo county's shared plan
/// (<see cref="DemoPlanFixture"/>).
/// </summary>
public sealed class ApiTests(DemoPlanFixture demo) : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly DemoPlanFixture _demo = demo;

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task First_run_seeds_the_demo_county_and_serves_its_sites()
    {
        await using var factory = new LogisticsFactory(_data.Path);
        var client = factory.CreateClient();
        var scenarios = await client.GetFromJsonAsync<JsonElement>("/api/scenarios", Ct);
        Assert.Equal(1, scenarios.GetArrayLength());
        var demo = EmbeddedDemo.Load();
        var id = scenarios[0].GetProperty("id").GetInt64();
        Assert.Equal(demo.Sites.Count(s => s.Tier == SiteTier.VillageOutlet), scenarios[0].GetProperty("kpis").GetProperty("outlets").GetInt32());

        var sites = await client.GetFromJsonAsync<JsonElement>($"/api/scenarios/{id}/sites", Ct);
        Assert.Equal(demo.Sites.Count, sites.GetArrayLength());
        Assert.True(File.Exists(Path.Combine(_data.Path, "logistics.db")));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        await using var factory = new LogisticsFactory(_data.Path);
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/scenarios", "/api/plan-jobs", "/api/plan-jobs/{id}", "/api/plans/{id}/timetable.csv", "/api/scenarios/{id}/import", "/api/scenarios/{id}/layers/{layer}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from /openapi/v1.json");
        }
    }

    [Fact]
    public async Task GeoJson_layers_have_one_feature_per_site_and_per_township_and_shift_to_gcj02()
    {
        await using var factory = new LogisticsFactory(_data.Path);
        var client = factory.CreateClient();
        var demo = EmbeddedDemo.Load();
        var sites = await client.GetFromJsonAsync<JsonElement>("/api/scenarios/1/layers/sites.geojson", Ct);
        var features = sites.GetProperty("features");
        Assert.Equal(demo.Sites.Count, features.GetArrayLength());
        var townships = await client.GetFromJsonAsync<JsonElement>("/api/scenarios/1/layers/townships.geojson", Ct);
        Assert.Equal(demo.SitesOf(SiteTier.TownshipStation).Count(), townships.GetProperty("features").GetArrayLength());
        var boundary = await client.GetFromJsonAsync<JsonElement>("/api/scenarios/1/layers/boundary.geojson", Ct);
        Assert.Equal("Polygon", boundary.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString());

        var shifted = await client.GetFromJsonAsync<JsonElement>("/api/scenarios/1/layers/sites.geojson?crs=gcj02", Ct);
        var a = features[0].GetProperty("geometry").GetProperty("coordinates");
        var b = shifted.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates");
        var metres = Logistics.Spatial.Geodesy.GreatCircle.DistanceMetres(
            new Logistics.Core.Geo.GeoPoint(a[0].GetDouble(), a[1].GetDouble()), new Logistics.Core.Geo.GeoPoint(b[0].GetDouble(), b[1].GetDouble()));
        Assert.InRange(metres, 300, 700); // GCJ-02 is 450–550 m off in Chongqing

        var bad = await client.GetAsync("/api/scenarios/1/layers/sites.geojson?crs=bd09", Ct);
        await AssertProblemNames(bad, HttpStatusCode.BadRequest, "crs");
    }

    [Fact]
    public async Task Plan_job_runs_the_line_planner_to_completion_with_progress_and_stores_the_plan_with_its_figures_and_timetables()
    {
        await using var factory = new LogisticsFactory(_data.Path, baseline: true);
        var scenarioId = await factory.AddScenarioAsync(SmallCounty.Scenario);
        var client = factory.CreateClient();
        var post = await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId, timeLimitSeconds = 60 }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        var job = await WaitForEnd(client, id!, TimeSpan.FromSeconds(120), Ct);
        Assert.Equal("Succeeded", job.GetProperty("status").GetString());
        Assert.True(job.GetProperty("progress").GetArrayLength() > 0, "the planner reports progress");
        var planId = job.GetProperty("planId").GetInt64();

        var plan = LinePlanJson.Deserialize(await client.GetStringAsync($"/api/plans/{planId}", Ct));
        Assert.Contains(plan.Lines, l => l.Kind == LineKind.Feeder);
        Assert.Contains(plan.Lines, l => l.Kind == LineKind.Trunk);
        var verification = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/verification", Ct);
        Assert.True(verification.GetProperty("isClean").GetBoolean(), verification.ToString());

        var lines = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/layers/lines.geojson", Ct);
        var features = lines.GetProperty("features");
        Assert.Equal(plan.Lines.Count, features.GetArrayLength());
        var firstShape = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(plan.Lines[0].Stops.Count + 2, firstShape.GetArrayLength()); // straight legs: depot, stops, depot
        Assert.False(features[0].GetProperty("properties").GetProperty("onRoad").GetBoolean());

        var timetable = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/timetable?line={plan.Lines[0].Id}", Ct);
        Assert.Equal(plan.Lines[0].Stops.Count + 2, timetable[0].GetProperty("rows").GetArrayLength());

        var csv = await client.GetByteArrayAsync($"/api/plans/{planId}/timetable.csv", Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Take(3));
        Assert.StartsWith("线路 line", Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
        var xlsx = await client.GetByteArrayAsync($"/api/plans/{planId}/timetable.xlsx", Ct);
        Assert.Equal("PK"u8.ToArray(), xlsx.Take(2));

        var feeder = plan.Lines.First(l => l.Kind == LineKind.Feeder);
        var load = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/lines/{feeder.Id}/load", Ct);
        var day = load.GetProperty("days")[0];
        Assert.Equal(feeder.Stops.Count + 1, day.GetProperty("kg").GetArrayLength());
        Assert.True(day.GetProperty("kg")[0].GetDouble() > 0, "a feeder leaves its station with down goods");

        // The stored figures are PlanKpiCalculator's, with the verifier's count and the price of consistency
        // (this factory's planner computes the daily-routes baseline).
        var scenario = SmallCounty.Scenario;
        var kpis = PlanKpiCalculator.Compute(plan, scenario, new StraightLineTravelTimes(scenario));
        var plans = await client.GetFromJsonAsync<JsonElement>($"/api/plans?scenarioId={scenarioId}", Ct);
        var stored = plans[0].GetProperty("kpis");
        Assert.Equal(plan.Lines.Count, stored.GetProperty("lines").GetInt32());
        Assert.Equal(Math.Round(kpis.Totals.Km, 1), stored.GetProperty("weeklyKm").GetDouble());
        Assert.Equal(kpis.VehiclesUsed, stored.GetProperty("vehiclesUsed").GetInt32());
        var required = kpis.VisitShares.Single(v => v.MinVisits is null);
        Assert.Equal(required.Outlets, stored.GetProperty("outletsMeetingRequired").GetInt32());
        Assert.Equal(scenario.SitesOf(SiteTier.VillageOutlet).Count(), stored.GetProperty("outlets").GetInt32());
        Assert.Equal(0, stored.GetProperty("violations").GetInt32());
        var consistency = stored.GetProperty("consistency");
        Assert.True(consistency.GetProperty("baselineKm").GetDouble() > 0, stored.ToString());

        // The Lines page shows the same figures, the verifier's status and the price of consistency.
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/lines?s={scenarioId}&plan={planId}", Ct));
        Assert.Contains("id=\"plan-verification\" data-violations=\"0\"", html);
        Assert.Contains("核验通过", html);
        Assert.Contains($"<tr data-figure=\"km\"><th>每周行驶里程（公里）</th><td>{kpis.Totals.Km.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}</td></tr>", html);
        Assert.Contains("比逐日路线", html);
        var english = WebUtility.HtmlDecode(await client.GetStringAsync($"/lines?s={scenarioId}&plan={planId}&lang=en", Ct));
        Assert.Contains("vs daily routes", english);
        Assert.Contains("Verified clean", english);
    }

    [Fact]
    public async Task A_full_queue_refuses_with_429_and_queued_and_running_jobs_can_be_cancelled()
    {
        GatedRunner? gated = null;
        await using var factory = new LogisticsFactory(_data.Path, queueCapacity: 2, wrap: inner => gated = new GatedRunner(inner));
        var scenarioId = await factory.AddScenarioAsync(SmallCounty.Scenario);
        var client = factory.CreateClient();
        var first = await StartJob(client, scenarioId);
        await WaitUntil(() => gated is not null && Volatile.Read(ref gated.Runs) == 1); // the worker holds the first one
        var runner = gated!;
        var second = await StartJob(client, scenarioId);
        var third = await StartJob(client, scenarioId);
        var refused = await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId }, Ct);
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var cancelQueued = await client.DeleteAsync($"/api/plan-jobs/{second}", Ct);
        Assert.Equal(HttpStatusCode.Accepted, cancelQueued.StatusCode);
        Assert.Equal("Cancelled", (await client.GetFromJsonAsync<JsonElement>($"/api/plan-jobs/{second}", Ct)).GetProperty("status").GetString());

        var cancelRunning = await client.DeleteAsync($"/api/plan-jobs/{first}", Ct);
        Assert.Equal(HttpStatusCode.Accepted, cancelRunning.StatusCode);
        Assert.Equal("Cancelled", (await WaitForEnd(client, first, null, Ct)).GetProperty("status").GetString());

        runner.Gate.SetResult();
        var done = await WaitForEnd(client, third, TimeSpan.FromSeconds(120), Ct);
        Assert.Equal("Succeeded", done.GetProperty("status").GetString());
        var again = await client.DeleteAsync($"/api/plan-jobs/{third}", Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(2, Volatile.Read(ref runner.Runs)); // the cancelled queued job never ran
        Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/plans?scenarioId={scenarioId}", Ct)).EnumerateArray());
    }

    [Fact]
    public async Task A_plan_job_may_route_with_or_tools_and_its_plan_verifies_clean()
    {
        await using var factory = new LogisticsFactory(_data.Path);
        var scenarioId = await factory.AddScenarioAsync(SmallCounty.Scenario);
        var client = factory.CreateClient();
        var post = await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId, timeLimitSeconds = 60, engine = "ortools" }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        var job = await WaitForEnd(client, id!, TimeSpan.FromSeconds(120), Ct);
        Assert.Equal("Succeeded", job.GetProperty("status").GetString());
        var planId = job.GetProperty("planId").GetInt64();
        var plan = LinePlanJson.Deserialize(await client.GetStringAsync($"/api/plans/{planId}", Ct));
        Assert.Contains(plan.Lines, l => l.Kind == LineKind.Feeder);
        var verification = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/verification", Ct);
        Assert.True(verification.GetProperty("isClean").GetBoolean(), verification.ToString());
    }

    [Fact]
    public async Task Bad_plan_job_requests_are_problems_naming_the_field()
    {
        await using var factory = new LogisticsFactory(_data.Path);
        var client = factory.CreateClient();
        await AssertProblemNames(await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 99 }, Ct), HttpStatusCode.NotFound, "scenarioId");
        await AssertProblemNames(await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1, timeLimitSeconds = 0 }, Ct), HttpStatusCode.BadRequest, "timeLimitSeconds");
        await AssertProblemNames(await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1, engine = "cplex" }, Ct), HttpStatusCode.BadRequest, "engine");
        var missing = await client.GetAsync("/api/plan-jobs/nope", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Without_a_planner_a_plan_job_is_refused_with_503()
    {
        await using var factory = new LogisticsFactory(_data.Path, planner: false);
        var response = await factory.CreateClient().PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1 }, Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Import_with_a_bad_row_reports_file_row_column_value_and_stores_nothing()
    {
        await using var factory = new LogisticsFactory(_data.Path);
        var client = factory.CreateClient();
        var (bad, row) = TestFiles.SitesCsvWithBadLatitude();
        var response = await client.PostAsync("/api/scenarios/1/import", Upload(bad, "sites-bad.csv"), Ct);
        var problem = await AssertProblem(response, HttpStatusCode.UnprocessableEntity);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("sites-bad.csv", error.GetProperty("file").GetString());
        Assert.Equal(row, error.GetProperty("row").GetInt32());
        Assert.Equal("lat", error.GetProperty("column").GetString());
        Assert.Equal(TestFiles.BadLatitude, error.GetProperty("value").GetString());

        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/scenarios", Ct)).GetArrayLength());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/imports", Ct)).GetArrayLength());

        var good = await client.PostAsync("/api/scenarios/1/import", Upload(TestFiles.DemoSitesCsv(), "sites.csv"), Ct);
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>("/api/scenarios", Ct)).GetArrayLength());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/imports", Ct)).GetArrayLength());
    }

    [Fact]
    public async Task Scenarios_and_plans_survive_a_restart_on_the_same_data_folder()
    {
        var planJson = LinePlanJson.Serialize(SmallCounty.Plan);
        long copyId, planId;
        await using (var first = new LogisticsFactory(_data.Path, planner: false))
        {
            var client = first.CreateClient();
            var small = await first.AddScenarioAsync(SmallCounty.Scenario);
            var copy = await client.PostAsJsonAsync($"/api/scenarios/{small}/copy", new { name = "青岭县 方案B" }, Ct);
            Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
            copyId = (await copy.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
            var plan = await client.PostAsJsonAsync("/api/plans", new { scenarioId = copyId, name = "小样方案", plan = planJson }, Ct);
            Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
            planId = (await plan.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        }

        await using var second = new LogisticsFactory(_data.Path, planner: false);
        var again = second.CreateClient();
        var scenarios = await again.GetFromJsonAsync<JsonElement>("/api/scenarios", Ct);
        Assert.Contains(scenarios.EnumerateArray(), s => s.GetProperty("id").GetInt64() == copyId && s.GetProperty("name").GetString() == "青岭县 方案B");
        var plans = await again.GetFromJsonAsync<JsonElement>($"/api/plans?scenarioId={copyId}", Ct);
        Assert.Equal(planId, plans.EnumerateArray().Single().GetProperty("id").GetInt64());
        Assert.Equal(planJson, await again.GetStringAsync($"/api/plans/{planId}", Ct));
    }

    [Fact]
    public async Task A_plan_for_another_scenario_is_refused()
    {
        await using var factory = new LogisticsFactory(_data.Path, planner: false);
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/plans", new { scenarioId = 1, plan = LinePlanJson.Serialize(SmallCounty.Plan) }, Ct);
        await AssertProblemNames(response, HttpStatusCode.UnprocessableEntity, "plan");
    }

    [Fact]
    public async Task The_line_planner_runs_as_a_job_on_the_demo_county_and_its_plan_verifies_clean()
    {
        var demo = await _demo.GetAsync();
        using var client = new HttpClient { BaseAddress = new Uri(demo.App.BaseUrl) };
        Assert.Equal("Succeeded", demo.Job.GetProperty("status").GetString());
        Assert.True(demo.Job.GetProperty("progress").GetArrayLength() > 0, "the planner reports progress");
        Assert.True(demo.Plan.Lines.Count > 100, $"the demo county gets its lines ({demo.Plan.Lines.Count})");
        var verification = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{demo.PlanId}/verification", Ct);
        Assert.True(verification.GetProperty("isClean").GetBoolean(), verification.ToString());
        var lines = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{demo.PlanId}/layers/lines.geojson", Ct);
        Assert.Equal(demo.Plan.Lines.Count, lines.GetProperty("features").GetArrayLength());
        var timetable = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{demo.PlanId}/timetable", Ct);
        Assert.Equal(demo.Plan.Lines.Count, timetable.GetArrayLength());
        var coverage = await client.GetFromJsonAsync<JsonElement>("/api/scenarios/1/coverage", Ct);
        Assert.Equal(demo.PlanId, coverage.GetProperty("planId").GetInt64());
        var days = Planning.Coverage.LineVisits.DaysBySite(demo.Plan);
        foreach (var v in coverage.GetProperty("villages").EnumerateArray().Where(v => v.GetProperty("nearestOutlet").ValueKind == JsonValueKind.String))
        {
            var outlet = new Core.Ids.SiteId(v.GetProperty("nearestOutlet").GetString()!);
            Assert.Equal(days.GetValueOrDefault(outlet).Count, v.GetProperty("weeklyVisits").GetInt32());
        }
    }

    [Fact]
    public async Task Manifests_of_a_date_and_the_replan_with_a_vehicle_unavailable()
    {
        await using var factory = new LogisticsFactory(_data.Path, planner: false);
        var client = factory.CreateClient();
        var scenario = SmallCounty.Scenario;
        var scenarioId = await factory.AddScenarioAsync(scenario);
        var plan = SmallCounty.Plan;
        var stored = await client.PostAsJsonAsync("/api/plans", new { scenarioId, plan = LinePlanJson.Serialize(plan) }, Ct);
        var planId = (await stored.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

        var monday = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/manifests?date=2026-06-01", Ct);
        Assert.Equal("mon", monday.GetProperty("day").GetString());
        Assert.Equal(plan.LinesOn(DayOfWeek.Monday).Count(), monday.GetProperty("runs").GetArrayLength());
        Assert.Equal(0, monday.GetProperty("violations").GetArrayLength());
        var sunday = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/manifests?date=2026-06-07", Ct);
        Assert.Equal(plan.LinesOn(DayOfWeek.Sunday).Count(), sunday.GetProperty("runs").GetArrayLength());

        // Each Monday vehicle in turn is unavailable: the answer is DispatchPlanner's, and the vehicle runs nothing.
        var travel = new StraightLineTravelTimes(scenario);
        foreach (var off in plan.LinesOn(DayOfWeek.Monday).Select(l => l.VehicleLabel!).Distinct())
        {
            var expected = Planning.Dispatch.DispatchPlanner.Plan(plan, scenario, travel, new Planning.Dispatch.DispatchRequest(new DateOnly(2026, 6, 1))
            {
                Unavailable = [Planning.Dispatch.VehicleRef.TryParse(off, scenario, out var v, out var error) ? v : throw new InvalidOperationException(error)],
            });
            var replan = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/manifests?date=2026-06-01&unavailable={Uri.EscapeDataString(off)}", Ct);
            Assert.DoesNotContain(replan.GetProperty("runs").EnumerateArray(), r => r.GetProperty("vehicle").GetString() == off);
            Assert.Equal(expected.Runs.Count, replan.GetProperty("runs").GetArrayLength());
            Assert.Equal(expected.Moves.Count, replan.GetProperty("moves").GetArrayLength());
            Assert.Equal(expected.Unserved.Select(u => u.Site.Value), replan.GetProperty("unserved").EnumerateArray().Select(u => u.GetProperty("site").GetString()));
            Assert.All(replan.GetProperty("unserved").EnumerateArray(), u => Assert.False(string.IsNullOrWhiteSpace(u.GetProperty("chinese").GetString())));
            Assert.Equal(expected.Verification.Violations.Count, replan.GetProperty("violations").GetArrayLength());
        }

        await AssertProblemNames(await client.GetAsync($"/api/plans/{planId}/manifests?date=1.6.2026", Ct), HttpStatusCode.BadRequest, "date");
        await AssertProblemNames(await client.GetAsync($"/api/plans/{planId}/manifests?date=2026-06-01&unavailable=nope%231", Ct), HttpStatusCode.BadRequest, "unavailable");
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return form;
    }

    private static async Task<string> StartJob(HttpClient client, long scenarioId)
    {
        var post = await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId, timeLimitSeconds = 60 }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        return (await post.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    /// <summary>Polls a plan job until it is neither queued nor running (default limit 15 s).</summary>
    internal static async Task<JsonElement> WaitForEnd(HttpClient client, string id, TimeSpan? limit, CancellationToken ct)
    {
        var end = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < end)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/plan-jobs/{id}", ct);
            if (job.GetProperty("status").GetString() is not ("Queued" or "Running"))
            {
                return job;
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"job {id} did not end");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25, Ct);
        }

        Assert.True(condition());
    }

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task AssertProblemNames(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var problem = await AssertProblem(response, status);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
            $"the problem should name '{field}': {problem}");
    }
}
