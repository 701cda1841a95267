using Logistics.Planning.Network;
using Logistics.Planning.Verification;
using Logistics.Web.Jobs;

namespace Logistics.Web.Tests;

/// <summary>
/// An <see cref="IPlanRunner"/> for testing the job machinery (queue, progress, cancel, storage): it returns the
/// hand-built <see cref="HandPlans"/> plan after reporting <see cref="Steps"/> progress points <see cref="StepDelay"/>
/// apart, and honours cancellation between them. <see cref="Gate"/>, when set, holds every run until released.
/// </summary>
internal sealed class HandPlanRunner : IPlanRunner
{
    public int Steps { get; init; } = 5;

    public TimeSpan StepDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TaskCompletionSource? Gate { get; set; }

    public int Runs;

    public async Task<PlanRunResult> RunAsync(Scenario scenario, PlanRunSettings settings, IProgress<PlanRunProgress> progress, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Runs);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        var plan = HandPlans.For(scenario);
        for (var i = 0; i < Steps; i++)
        {
            await Task.Delay(StepDelay, cancellationToken);
            progress.Report(new PlanRunProgress((i + 1) * StepDelay.TotalSeconds, 1000.0 / (i + 1), $"step {i + 1}"));
        }

        var report = PlanVerifier.Verify(plan, scenario, new StraightLineTravelTimes(scenario));
        return new PlanRunResult(plan, report);
    }
}
