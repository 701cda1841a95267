using Logistics.Planning.Lines.Serialization;
using Logistics.Web.Kpis;
using Logistics.Web.Storage;

namespace Logistics.Web.Jobs;

/// <summary>
/// Runs the queued plan jobs one at a time (a solve uses a core; the machine has few): loads the scenario, calls the
/// <see cref="IPlanRunner"/>, and saves the plan with its KPIs and the finished job in one transaction.
/// </summary>
public sealed class PlanJobWorker(
    PlanJobQueue queue,
    ScenarioCatalog catalog,
    IServiceProvider services,
    TimeProvider time,
    ILogger<PlanJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; jobs still queued are marked interrupted at the next start.
        }
    }

    private async Task RunAsync(PlanJob job, CancellationToken stoppingToken)
    {
        if (!job.TryStart())
        {
            return; // cancelled while it waited
        }

        var store = catalog.Store;
        await store.SaveJobAsync(job.ToStored(), stoppingToken);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.CancellationToken, stoppingToken);
        try
        {
            var runner = services.GetService<IPlanRunner>()
                ?? throw new InvalidOperationException("No line planner is available in this build.");
            var found = await catalog.GetAsync(job.ScenarioId, linked.Token)
                ?? throw new InvalidOperationException($"Scenario {job.ScenarioId} no longer exists.");
            var scenario = found.Scenario;
            var result = await runner.RunAsync(scenario, job.Settings, new JobProgress(job), linked.Token);
            var kpis = PlanSummary.Of(result.Plan, scenario, result.Travel, result.Verification, result.Consistency, result.Unplanned.Count);
            var name = $"{found.Row.Name} · {time.GetLocalNow():yyyy-MM-dd HH:mm}";
            var finished = time.GetUtcNow();
            var stored = job.ToStored() with { Status = nameof(PlanJobStatus.Succeeded), FinishedUtc = finished };
            var plan = await store.CompleteJobAsync(stored, name, LinePlanJson.Serialize(result.Plan), kpis.ToJson(), CancellationToken.None);
            job.Finish(PlanJobStatus.Succeeded, finished, plan.Id);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            job.Finish(stoppingToken.IsCancellationRequested ? PlanJobStatus.Interrupted : PlanJobStatus.Cancelled, time.GetUtcNow());
            await store.SaveJobAsync(job.ToStored(), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Plan job {Job} failed", job.Id);
            job.Finish(PlanJobStatus.Failed, time.GetUtcNow(), error: ex.Message);
            await store.SaveJobAsync(job.ToStored(), CancellationToken.None);
        }
    }

    /// <summary>Records reports on the job at once (no synchronisation context to post to).</summary>
    private sealed class JobProgress(PlanJob job) : IProgress<PlanRunProgress>
    {
        public void Report(PlanRunProgress value) => job.Report(value);
    }
}
