using Bunit;
using Logistics.Web.Components.Shared;
using Logistics.Web.Jobs;
using Logistics.Web.Localization;
using Logistics.Web.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Logistics.Web.Tests.Components.Shared;

/// <summary>
/// The plan job panel with a real queue and store but no worker, so a job stays queued: its status and queue place,
/// one job per scenario however often Start is clicked, the same job in a second panel (another tab), cancel, and a
/// time limit out of range refused with the range.
/// </summary>
public sealed class PlanJobPanelTests : BunitContext
{
    private readonly TempFolder _data = new();
    private readonly PlanJobQueue _queue;
    private readonly long _first;
    private readonly long _second;

    public PlanJobPanelTests()
    {
        var store = new SqliteLogisticsStore(Path.Combine(_data.Path, "logistics.db"), TimeProvider.System);
        store.InitializeAsync().GetAwaiter().GetResult();
        var demo = store.ListScenariosAsync().GetAwaiter().GetResult()[0];
        (_first, _second) = (demo.Id, store.AddScenarioAsync("第二个方案", "test", demo.Json).GetAwaiter().GetResult().Id);
        var options = Options.Create(new LogisticsWebOptions { JobQueueCapacity = 4, MaxPlanTimeLimitSeconds = 600 });
        _queue = new PlanJobQueue(options, store, TimeProvider.System);
        Services.AddMudServices();
        Services.AddScoped<UiText>();
        Services.AddSingleton<ILogisticsStore>(store);
        Services.AddSingleton(new ScenarioCatalog(store));
        Services.AddSingleton(options);
        Services.AddSingleton(_queue);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _data.Dispose();
    }

    private IRenderedComponent<PlanJobPanel> Panel(long scenario) =>
        Render<PlanJobPanel>(p => p.Add(x => x.ScenarioId, scenario).Add(x => x.Available, true));

    [Fact]
    public void Clicks_make_one_job_which_another_panel_shows_and_either_can_cancel()
    {
        var panel = Panel(_first);
        panel.Find("#plan-start").Click();
        panel.Find("#plan-start").Click(); // disabled now: no second job
        Assert.Single(_queue.Jobs);
        var job = _queue.Jobs[0];
        panel.WaitForAssertion(() => Assert.Equal("排队中：第 1 位", panel.Find("#job-status").TextContent.Trim()));
        Assert.True(panel.Find("#plan-start").HasAttribute("disabled"));

        var other = Panel(_first); // a reload or another tab
        Assert.Equal(job.Id, other.Find("#job-status").GetAttribute("data-job"));
        Assert.False(other.Find("#plan-cancel").HasAttribute("disabled"));
        other.Find("#plan-cancel").Click();
        panel.WaitForAssertion(() => Assert.Equal("已取消", panel.Find("#job-status").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Equal(PlanJobStatus.Cancelled, job.Status);
    }

    [Fact]
    public void A_second_scenarios_job_waits_behind_the_first_and_says_its_place()
    {
        Panel(_first).Find("#plan-start").Click();
        var second = Panel(_second);
        second.Find("#plan-start").Click();
        second.WaitForAssertion(() => Assert.Equal("排队中：第 2 位", second.Find("#job-status").TextContent.Trim()));
    }

    [Fact]
    public void A_time_limit_out_of_range_is_refused_with_the_range_and_starts_nothing()
    {
        var panel = Panel(_first);
        panel.Find("#time-limit").Change("0");
        panel.Find("#plan-start").Click();
        Assert.Equal("rejected", panel.Find("#job-status").GetAttribute("data-status"));
        Assert.Contains("1 到 600", panel.Find("#job-status").TextContent, StringComparison.Ordinal);
        Assert.Empty(_queue.Jobs);
    }
}
