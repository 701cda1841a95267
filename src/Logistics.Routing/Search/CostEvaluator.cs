namespace Logistics.Routing.Search;

/// <summary>
/// Penalty weights for the penalised objective used during search: excess load (summed over dimensions), time warp
/// (including excess route duration) and excess route distance. With all weights large, the penalised cost of a
/// feasible solution equals its true cost.
/// </summary>
internal sealed class CostEvaluator
{
    public CostEvaluator(long loadPenalty, long timeWarpPenalty, long distancePenalty)
    {
        LoadPenalty = loadPenalty;
        TimeWarpPenalty = timeWarpPenalty;
        DistancePenalty = distancePenalty;
    }

    public long LoadPenalty { get; }

    public long TimeWarpPenalty { get; }

    public long DistancePenalty { get; }

    public long RouteCost(in RouteStats s, Problem.VehicleType v)
    {
        if (s.NumClients == 0)
        {
            return 0;
        }

        return v.FixedCost
            + v.UnitDistanceCost * s.Distance
            + v.UnitDurationCost * s.Duration
            + LoadPenalty * s.ExcessLoad
            + TimeWarpPenalty * (s.TimeWarp + Math.Max(s.Duration - v.MaxDuration, 0))
            + DistancePenalty * Math.Max(s.Distance - v.MaxDistance, 0);
    }
}
