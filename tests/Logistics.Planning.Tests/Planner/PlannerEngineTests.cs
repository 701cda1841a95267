using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Planner;
using Logistics.Planning.Tests.Lines;
using Logistics.Planning.Verification;
using Logistics.Routing.Problem;
using Logistics.Routing.Solver;

namespace Logistics.Planning.Tests.Planner;

/// <summary><see cref="PlannerOptions.Engine"/>: every routing sub-problem goes to the engine given.</summary>
public sealed class PlannerEngineTests
{
    /// <summary>Our engine, counting the problems it is given.</summary>
    private sealed class CountingEngine : IRoutingEngine
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "counting";

        public SolveResult Solve(ProblemData data, SolverOptions options, IProgress<ProgressReport>? progress = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return new HgsEngine().Solve(data, options, progress, cancellationToken);
        }
    }

    [Fact]
    public void The_planner_routes_through_the_engine_in_its_options_and_ours_is_the_default()
    {
        var scenario = LineFixture.Scenario();
        var options = PlannerOptions.Default with { ComputeBaseline = false, TimeLimit = TimeSpan.FromMinutes(10) };
        var engine = new CountingEngine();

        var viaEngine = LinePlanner.Plan(scenario, options with { Engine = engine }, new StraightLineTravelTimes(scenario), cancellationToken: TestContext.Current.CancellationToken);
        var byDefault = LinePlanner.Plan(scenario, options, new StraightLineTravelTimes(scenario), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(engine.Calls > 0);
        Assert.True(viaEngine.Verification.IsClean, viaEngine.Verification.ToString());
        Assert.Equal(LinePlanJson.Serialize(byDefault.Plan), LinePlanJson.Serialize(viaEngine.Plan));
    }
}
