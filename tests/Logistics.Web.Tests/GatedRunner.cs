using Logistics.Planning.Network;
using Logistics.Web.Jobs;

namespace Logistics.Web.Tests;

/// <summary>
/// Holds every run of the app's real plan runner at a gate until the test releases it, so the queue tests can fill
/// the queue and cancel a running job; after the gate it is the real <see cref="LinePlannerRunner"/> that plans.
/// </summary>
internal sealed class GatedRunner(IPlanRunner inner) : IPlanRunner
{
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Runs;

    public async Task<PlanRunResult> RunAsync(Scenario scenario, PlanRunSettings settings, IProgress<PlanRunProgress> progress, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Runs);
        await Gate.Task.WaitAsync(cancellationToken);
        return await inner.RunAsync(scenario, settings, progress, cancellationToken);
    }
}
