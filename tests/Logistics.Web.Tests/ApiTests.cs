using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Logistics.Planning.Demo;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Tests.Shared;

namespace Logistics.Web.Tests;

/// <summary>The HTTP API through <c>WebApplicationFactory</c>, each test on its own SQLite data folder.</summary>
public sealed class ApiTests : IDisposable
{
    private readonly TempFolder _data = new();

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
    public async Task Plan_job_runs_to_completion_with_progress_and_the_plan_is_stored_with_timetables()
    {
        var runner = new HandPlanRunner();
        await using var factory = new LogisticsFactory(_data.Path, runner);
        var client = factory.CreateClient();
        var post = await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1, timeLimitSeconds = 5 }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        var job = await WaitForEnd(client, id!);
        Assert.Equal("Succeeded", job.GetProperty("status").GetString());
        Assert.Equal(runner.Steps, job.GetProperty("progress").GetArrayLength());
        var planId = job.GetProperty("planId").GetInt64();

        var planJson = await client.GetStringAsync($"/api/plans/{planId}", Ct);
        var plan = LinePlanJson.Deserialize(planJson);
        Assert.Equal(HandPlans.For(EmbeddedDemo.Load()).Lines.Count, plan.Lines.Count);

        var lines = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/layers/lines.geojson", Ct);
        Assert.Equal(plan.Lines.Count, lines.GetProperty("features").GetArrayLength());

        var timetable = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/timetable?line={plan.Lines[0].Id}", Ct);
        Assert.Equal(plan.Lines[0].Stops.Count + 2, timetable[0].GetProperty("rows").GetArrayLength());

        var csv = await client.GetByteArrayAsync($"/api/plans/{planId}/timetable.csv", Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Take(3));
        Assert.StartsWith("线路 line", Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
        var xlsx = await client.GetByteArrayAsync($"/api/plans/{planId}/timetable.xlsx", Ct);
        Assert.Equal("PK"u8.ToArray(), xlsx.Take(2));

        var load = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/lines/{plan.Lines[0].Id}/load", Ct);
        var day = load.GetProperty("days")[0];
        Assert.Equal(plan.Lines[0].Stops.Count + 1, day.GetProperty("kg").GetArrayLength());
        Assert.True(day.GetProperty("kg")[0].GetDouble() > 0, "a feeder leaves its station with down goods");

        var plans = await client.GetFromJsonAsync<JsonElement>("/api/plans?scenarioId=1", Ct);
        Assert.Equal(plan.Lines.Count, plans[0].GetProperty("kpis").GetProperty("lines").GetInt32());
    }

    [Fact]
    public async Task A_full_queue_refuses_with_429_and_queued_and_running_jobs_can_be_cancelled()
    {
        var runner = new HandPlanRunner { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var factory = new LogisticsFactory(_data.Path, runner, queueCapacity: 2);
        var client = factory.CreateClient();
        var first = await StartJob(client);
        await WaitUntil(() => Volatile.Read(ref runner.Runs) == 1); // the worker holds the first one
        var second = await StartJob(client);
        var third = await StartJob(client);
        var refused = await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1 }, Ct);
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var cancelQueued = await client.DeleteAsync($"/api/plan-jobs/{second}", Ct);
        Assert.Equal(HttpStatusCode.Accepted, cancelQueued.StatusCode);
        Assert.Equal("Cancelled", (await client.GetFromJsonAsync<JsonElement>($"/api/plan-jobs/{second}", Ct)).GetProperty("status").GetString());

        var cancelRunning = await client.DeleteAsync($"/api/plan-jobs/{first}", Ct);
        Assert.Equal(HttpStatusCode.Accepted, cancelRunning.StatusCode);
        Assert.Equal("Cancelled", (await WaitForEnd(client, first)).GetProperty("status").GetString());

        runner.Gate.SetResult();
        Assert.Equal("Succeeded", (await WaitForEnd(client, third)).GetProperty("status").GetString());
        var again = await client.DeleteAsync($"/api/plan-jobs/{third}", Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(2, Volatile.Read(ref runner.Runs)); // the cancelled queued job never ran
    }

    [Fact]
    public async Task Bad_plan_job_requests_are_problems_naming_the_field()
    {
        await using var factory = new LogisticsFactory(_data.Path, new HandPlanRunner());
        var client = factory.CreateClient();
        await AssertProblemNames(await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 99 }, Ct), HttpStatusCode.NotFound, "scenarioId");
        await AssertProblemNames(await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1, timeLimitSeconds = 0 }, Ct), HttpStatusCode.BadRequest, "timeLimitSeconds");
        var missing = await client.GetAsync("/api/plan-jobs/nope", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Without_a_planner_a_plan_job_is_refused_with_503()
    {
        await using var factory = new LogisticsFactory(_data.Path, runner: null);
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
        var demo = EmbeddedDemo.Load();
        long copyId, planId;
        await using (var first = new LogisticsFactory(_data.Path))
        {
            var client = first.CreateClient();
            var copy = await client.PostAsJsonAsync("/api/scenarios/1/copy", new { name = "青岭县 方案B" }, Ct);
            Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
            copyId = (await copy.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
            var plan = await client.PostAsJsonAsync("/api/plans", new { scenarioId = copyId, name = "手工方案", plan = LinePlanJson.Serialize(HandPlans.For(demo)) }, Ct);
            Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
            planId = (await plan.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        }

        await using var second = new LogisticsFactory(_data.Path);
        var again = second.CreateClient();
        var scenarios = await again.GetFromJsonAsync<JsonElement>("/api/scenarios", Ct);
        Assert.Contains(scenarios.EnumerateArray(), s => s.GetProperty("id").GetInt64() == copyId && s.GetProperty("name").GetString() == "青岭县 方案B");
        var plans = await again.GetFromJsonAsync<JsonElement>($"/api/plans?scenarioId={copyId}", Ct);
        Assert.Equal(planId, plans.EnumerateArray().Single().GetProperty("id").GetInt64());
        Assert.Equal(LinePlanJson.Serialize(HandPlans.For(demo)), await again.GetStringAsync($"/api/plans/{planId}", Ct));
    }

    [Fact]
    public async Task A_plan_for_another_scenario_is_refused()
    {
        await using var factory = new LogisticsFactory(_data.Path);
        var client = factory.CreateClient();
        var other = EmbeddedDemo.Load().ToBuilder();
        other.Name = "another";
        var plan = HandPlans.For(other.Build());
        var response = await client.PostAsJsonAsync("/api/plans", new { scenarioId = 1, plan = LinePlanJson.Serialize(plan) }, Ct);
        await AssertProblemNames(response, HttpStatusCode.UnprocessableEntity, "plan");
    }

    [Fact]
    public async Task The_line_planner_runs_as_a_job_on_the_demo_county()
    {
        await using var factory = new LogisticsFactory(_data.Path, new Jobs.LinePlannerRunner(TimeProvider.System));
        var client = factory.CreateClient();
        var post = await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1, timeLimitSeconds = 10 }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        var job = await WaitForEnd(client, id, TimeSpan.FromSeconds(90));
        Assert.Equal("Succeeded", job.GetProperty("status").GetString());
        Assert.True(job.GetProperty("progress").GetArrayLength() > 0, "the planner reports progress");
        var planId = job.GetProperty("planId").GetInt64();
        var plan = LinePlanJson.Deserialize(await client.GetStringAsync($"/api/plans/{planId}", Ct));
        Assert.NotEmpty(plan.Lines);
        var lines = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/layers/lines.geojson", Ct);
        Assert.Equal(plan.Lines.Count, lines.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Manifests_of_a_date_and_the_replan_with_a_vehicle_unavailable()
    {
        await using var factory = new LogisticsFactory(_data.Path);
        var client = factory.CreateClient();
        var hand = HandPlans.For(EmbeddedDemo.Load());
        var stored = await client.PostAsJsonAsync("/api/plans", new { scenarioId = 1, plan = LinePlanJson.Serialize(hand) }, Ct);
        var planId = (await stored.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

        var monday = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/manifests?date=2026-06-01", Ct);
        Assert.Equal("mon", monday.GetProperty("day").GetString());
        Assert.Equal(hand.LinesOn(DayOfWeek.Monday).Count(), monday.GetProperty("runs").GetArrayLength());
        var tuesday = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/manifests?date=2026-06-02", Ct);
        Assert.Equal(0, tuesday.GetProperty("runs").GetArrayLength());

        var off = hand.Lines[0];
        var replan = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/manifests?date=2026-06-01&unavailable={Uri.EscapeDataString(off.VehicleLabel!)}", Ct);
        Assert.DoesNotContain(replan.GetProperty("runs").EnumerateArray(), r => r.GetProperty("vehicle").GetString() == off.VehicleLabel);
        Assert.True(replan.GetProperty("moves").GetArrayLength() + replan.GetProperty("unserved").GetArrayLength() >= off.Stops.Count);

        await AssertProblemNames(await client.GetAsync($"/api/plans/{planId}/manifests?date=1.6.2026", Ct), HttpStatusCode.BadRequest, "date");
        await AssertProblemNames(await client.GetAsync($"/api/plans/{planId}/manifests?date=2026-06-01&unavailable=nope%231", Ct), HttpStatusCode.BadRequest, "unavailable");
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return form;
    }

    private static async Task<string> StartJob(HttpClient client)
    {
        var post = await client.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1 }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        return (await post.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> WaitForEnd(HttpClient client, string id, TimeSpan? limit = null)
    {
        var end = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < end)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/plan-jobs/{id}", Ct);
            if (job.GetProperty("status").GetString() is not ("Queued" or "Running"))
            {
                return job;
            }

            await Task.Delay(50, Ct);
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
