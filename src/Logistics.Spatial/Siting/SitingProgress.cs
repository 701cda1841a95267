namespace Logistics.Spatial.Siting;

/// <summary>A progress report from <see cref="SitingSolver"/>.</summary>
/// <param name="Phase">The phase: <c>construct</c>, <c>lagrangian</c>, <c>improve</c> or <c>branch-and-bound</c>.</param>
/// <param name="Value">The best objective value found so far (in the model's own sense), or null when none.</param>
/// <param name="Bound">The best proven bound so far (lower for minimisation, upper for maximisation), or null.</param>
/// <param name="Iterations">Subgradient iterations done so far.</param>
/// <param name="Nodes">Branch-and-bound nodes evaluated so far.</param>
/// <param name="Elapsed">Time since the solve started.</param>
public readonly record struct SitingProgress(
    string Phase,
    long? Value,
    long? Bound,
    int Iterations,
    long Nodes,
    TimeSpan Elapsed);
