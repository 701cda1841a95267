using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Web.Travel;
using Microsoft.Extensions.Options;

namespace Logistics.Web.Jobs;

/// <summary>
/// The plan runner of the app: <see cref="LinePlanner.Plan"/> on the app's travel times (<see cref="ScenarioTravel"/>:
/// road graph when configured, else the straight line), with the job's time limit and seed and the
/// <see cref="PlannerSettings"/> of configuration, on a worker thread; its progress (weekly cost of the lines so far)
/// is reported as the job's best cost over time.
/// </summary>
public sealed class LinePlannerRunner(TimeProvider time, ScenarioTravel travel, IOptions<LogisticsWebOptions> options) : IPlanRunner
{
    public Task<PlanRunResult> RunAsync(Scenario scenario, PlanRunSettings settings, IProgress<PlanRunProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var planner = options.Value.Planner;
        var plannerOptions = PlannerOptions.Default with
        {
            TimeLimit = settings.TimeLimit,
            Seed = settings.Seed,
            RoutingIterations = planner.RoutingIterations,
            ComputeBaseline = planner.ComputeBaseline,
            Threads = planner.Threads,
            Engine = PlanEngines.Create(settings.Engine),
        };
        return Task.Run(
            () =>
            {
                var times = travel.TimesFor(scenario);
                var result = LinePlanner.Plan(scenario, plannerOptions, times, new Forward(progress), cancellationToken, time);
                return new PlanRunResult(result.Plan, result.Verification, times, result.Consistency, result.Unplanned);
            },
            cancellationToken);
    }

    private sealed class Forward(IProgress<PlanRunProgress> target) : IProgress<PlannerProgress>
    {
        public void Report(PlannerProgress value) => target.Report(new PlanRunProgress(value.Elapsed.TotalSeconds, value.WeeklyCost, $"{value.Phase}: {value.Message}"));
    }
}
