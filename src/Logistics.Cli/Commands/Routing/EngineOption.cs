using System.CommandLine;
using Logistics.Routing.OrTools;
using Logistics.Routing.Solver;

namespace Logistics.Cli.Commands.Routing;

/// <summary><c>--engine hgs|ortools</c>: the routing engine of <c>solve</c>, <c>bench</c> and <c>plan</c> (default: ours).</summary>
public static class EngineOption
{
    public const string Hgs = RoutingEngines.Hgs;

    public const string OrTools = RoutingEngines.OrTools;

    public static Option<string> Create()
    {
        var option = new Option<string>("--engine")
        {
            Description = "路径求解引擎：hgs（自研混合遗传搜索，默认）或 ortools（Google OR-Tools，单线程）/ Routing engine: hgs (ours, default) or ortools (Google OR-Tools, one thread)",
            DefaultValueFactory = _ => Hgs,
        };
        option.AcceptOnlyFromAmong(Hgs, OrTools);
        return option;
    }

    /// <summary>The engine named on the command line.</summary>
    public static IRoutingEngine Engine(string name) => RoutingEngines.Create(name);
}
