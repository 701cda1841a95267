namespace Logistics.Routing.Search;

/// <summary>Raw statistics of one route: what the cost and the penalties are computed from.</summary>
internal readonly record struct RouteStats(int NumClients, long Distance, long Duration, long TimeWarp, long ExcessLoad)
{
    public bool IsFeasible(Problem.VehicleType v) =>
        TimeWarp == 0 && ExcessLoad == 0 && Duration <= v.MaxDuration && Distance <= v.MaxDistance;
}
