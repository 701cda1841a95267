using Logistics.Planning.Demo;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Tests.Planner;

/// <summary>The demo county planned once (without the baseline) and shared by the planner tests that need a full plan.</summary>
public sealed class DemoPlanFixture
{
    public DemoPlanFixture()
    {
        Scenario = EmbeddedDemo.Load();
        Travel = new StraightLineTravelTimes(Scenario);
        Result = LinePlanner.Plan(Scenario, Options, Travel, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>A budget that never binds, so the iteration limits decide and the plan is the same on a loaded machine.</summary>
    public static PlannerOptions Options => PlannerOptions.Default with { Seed = 7, ComputeBaseline = false, TimeLimit = TimeSpan.FromMinutes(10) };

    public Scenario Scenario { get; }

    public StraightLineTravelTimes Travel { get; }

    public PlanResult Result { get; }
}
