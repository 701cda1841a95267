using Logistics.Planning.Network;
using Logistics.Routing.Problem;
using VehicleType = Logistics.Planning.Network.VehicleType;

namespace Logistics.Planning.Planner;

/// <summary>One routing sub-problem for the engine: a depot, stops with their visit demand, the vehicle types that may serve them.</summary>
internal sealed record RouteRequest(
    Site Depot,
    IReadOnlyList<Site> Stops,
    IReadOnlyList<StopDemand> Demand,
    IReadOnlyList<VehicleType> Types,
    int RoutesPerType,
    IReadOnlyList<TimeWindow>? Windows,
    long ShiftStart,
    long ShiftEnd,
    int Seed,
    int Iterations);
