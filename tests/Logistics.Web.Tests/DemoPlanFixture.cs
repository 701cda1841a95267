using System.Net.Http.Json;
using System.Text.Json;
using Logistics.Planning.Demo;
using Logistics.Planning.Lines.Serialization;

[assembly: AssemblyFixture(typeof(Logistics.Web.Tests.DemoPlanFixture))]

namespace Logistics.Web.Tests;

/// <summary>
/// The demo county planned once per test run by the real line planner, through the app: the app on Kestrel with its
/// own plan runner (<see cref="Jobs.LinePlannerRunner"/>, 150 routing iterations, no daily-routes baseline, a 60 s
/// limit), and the plan started by clicking 开始规划 on the Lines page in Chromium (<c>browser/lines.mjs</c>) — or,
/// where no browser is installed, through <c>POST /api/plan-jobs</c>. Made on first use and shared by the tests that
/// need a real demo plan (the Lines, Timetable, Dispatch, Coverage and Scenarios pages and their screenshots).
/// </summary>
public sealed class DemoPlanFixture : IAsyncDisposable
{
    public const int TimeLimitSeconds = 60;

    private readonly TempFolder _data = new();
    private readonly Lazy<Task<DemoPlanRun>> _run;
    private KestrelApp? _app;

    public DemoPlanFixture() => _run = new(RunAsync);

    /// <summary>The app with the demo county's plan in it (started and planned on the first call).</summary>
    internal Task<DemoPlanRun> GetAsync() => _run.Value;

    private async Task<DemoPlanRun> RunAsync()
    {
        _app = await KestrelApp.StartAsync(_data.Path, planner: true);
        using var http = new HttpClient { BaseAddress = new Uri(_app.BaseUrl) };
        JsonElement? page = null;
        if (BrowserScenario.Missing is null)
        {
            page = await BrowserScenario.RunAsync("lines.mjs", _app.BaseUrl, TimeSpan.FromMinutes(4), TimeLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            var post = await http.PostAsJsonAsync("/api/plan-jobs", new { scenarioId = 1, timeLimitSeconds = TimeLimitSeconds });
            post.EnsureSuccessStatusCode();
        }

        var jobs = await http.GetFromJsonAsync<JsonElement>("/api/plan-jobs");
        var id = jobs.EnumerateArray().Single().GetProperty("id").GetString();
        var job = await ApiTests.WaitForEnd(http, id!, TimeSpan.FromMinutes(3), CancellationToken.None);
        Assert.True(job.GetProperty("status").GetString() == "Succeeded", $"the demo plan job ended {job}");
        var planId = job.GetProperty("planId").GetInt64();
        var plan = LinePlanJson.Deserialize(await http.GetStringAsync($"/api/plans/{planId}"));
        return new DemoPlanRun(_app, EmbeddedDemo.Load(), planId, plan, job, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _data.Dispose();
    }
}
