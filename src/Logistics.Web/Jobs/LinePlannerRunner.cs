using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;

namespace Logistics.Web.Jobs;

/// <summary>
/// The plan runner of the app: <see cref="LinePlanner.Plan"/> on straight-line travel times, on a worker thread,
/// its progress (weekly cost of the lines so far) reported as the job's best cost over time.
/// </summary>
public sealed class LinePlannerRunner(TimeProvider time) : IPlanRunner
{
    public Task<PlanRunResult> RunAsync(Scenario scenario, PlanRunSettings settings, IProgress<PlanRunProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var options = PlannerOptions.Default with
        {
            TimeLimit = settings.TimeLimit,
            Seed = settings.Seed,
            ComputeBaseline = false,
        };
        return Task.Run(
            () =>
            {
                var result = LinePlanner.Plan(scenario, options, new StraightLineTravelTimes(scenario), new Forward(progress), cancellationToken, time);
                return new PlanRunResult(result.Plan, result.Verification);
            },
            cancellationToken);
    }

    private sealed class Forward(IProgress<PlanRunProgress> target) : IProgress<PlannerProgress>
    {
        public void Report(PlannerProgress value) => target.Report(new PlanRunProgress(value.Elapsed.TotalSeconds, value.WeeklyCost, $"{value.Phase}: {value.Message}"));
    }
}
