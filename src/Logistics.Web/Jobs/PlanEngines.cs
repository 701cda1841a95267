using Logistics.Routing.OrTools;
using Logistics.Routing.Solver;

namespace Logistics.Web.Jobs;

/// <summary>
/// The routing engines a plan job may use: ours (<c>hgs</c>, the default, measured better in benchmarks/README.md)
/// or Google OR-Tools (<c>ortools</c>, one thread). The same names as the CLI's <c>--engine</c>.
/// </summary>
public static class PlanEngines
{
    public const string Hgs = RoutingEngines.Hgs;

    public const string OrTools = RoutingEngines.OrTools;

    /// <summary>True for a name above.</summary>
    public static bool IsKnown(string? name) => RoutingEngines.IsKnown(name);

    /// <summary>The engine to put in the planner's options; null keeps the planner's default (ours).</summary>
    public static IRoutingEngine? Create(string name) => name == Hgs ? null : RoutingEngines.Create(name);

    /// <summary>The name shown to users, in the page's language.</summary>
    public static (string Chinese, string English) Label(string name) => name == OrTools
        ? ("Google OR-Tools（单线程）", "Google OR-Tools (one thread)")
        : ("自研引擎（混合遗传搜索，默认）", "Our engine (hybrid genetic search, default)");
}
