using Logistics.Routing.Solver;

namespace Logistics.Routing.OrTools;

/// <summary>
/// The routing engines a host offers by name, the same in the CLI (<c>--engine</c>) and the web app
/// (<c>Logistics:Planner:Engine</c>): <see cref="Hgs"/>, ours and the default (measured better, benchmarks/README.md), and
/// <see cref="OrTools"/>, Google OR-Tools (one thread).
/// </summary>
public static class RoutingEngines
{
    public const string Hgs = "hgs";

    public const string OrTools = "ortools";

    /// <summary>The names above, ours first.</summary>
    public static IReadOnlyList<string> Names { get; } = [Hgs, OrTools];

    /// <summary>True for a name above.</summary>
    public static bool IsKnown(string? name) => name is Hgs or OrTools;

    /// <summary>The engine of a name above.</summary>
    public static IRoutingEngine Create(string name) => name switch
    {
        Hgs => new HgsEngine(),
        OrTools => new OrToolsEngine(),
        _ => throw new ArgumentException($"未知的求解引擎 / unknown routing engine '{name}': use '{Hgs}' or '{OrTools}'", nameof(name)),
    };
}
