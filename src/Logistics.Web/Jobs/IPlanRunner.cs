using Logistics.Planning.Network;

namespace Logistics.Web.Jobs;

/// <summary>
/// Makes a line plan for a scenario: the seam between the job machinery and the line planner
/// (<c>Logistics.Planning.Planner.LinePlanner</c>). Long-running: reports progress and honours cancellation.
/// </summary>
public interface IPlanRunner
{
    Task<PlanRunResult> RunAsync(Scenario scenario, PlanRunSettings settings, IProgress<PlanRunProgress> progress, CancellationToken cancellationToken);
}
