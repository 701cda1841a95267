namespace Logistics.Routing.Solutions;

/// <summary>One route of a solution. <see cref="Clients"/> are 0-based client indices in visiting order.</summary>
/// <param name="VehicleType">Index of the vehicle type driving it.</param>
/// <param name="Clients">Clients in visiting order.</param>
/// <param name="Distance">Total distance, depot to depot.</param>
/// <param name="Duration">Minimal duration, depot to depot, waiting included.</param>
/// <param name="TimeWarp">Total lateness that would be needed to meet the windows (0 when feasible).</param>
/// <param name="ExcessLoad">Load above capacity, summed over dimensions (0 when feasible).</param>
/// <param name="Cost">Fixed cost + distance and duration costs.</param>
/// <param name="IsFeasible">Whether load, windows, shift, duration and distance limits hold.</param>
public sealed record SolutionRoute(
    int VehicleType,
    IReadOnlyList<int> Clients,
    long Distance,
    long Duration,
    long TimeWarp,
    long ExcessLoad,
    long Cost,
    bool IsFeasible);
