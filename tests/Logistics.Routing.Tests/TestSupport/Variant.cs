namespace Logistics.Routing.Tests.TestSupport;

public enum Variant
{
    Cvrp,
    Vrptw,
    Vrpspd,
    HeterogeneousFixedCost,
    MultiDepot,
    Prizes,
    MaxDuration,
    MaxDistance,
    MultiWindow,
    TwoDimensions,
}
