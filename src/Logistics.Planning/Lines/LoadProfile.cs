using Logistics.Planning.Network;

namespace Logistics.Planning.Lines;

/// <summary>
/// What is on board along a line on one day (rule 4 of <see cref="DemandAssignment"/>): all down goods loaded at the
/// depot, each stop's drop unloaded and its produce taken on. Shared by the planner, dispatch and the KPIs.
/// </summary>
public static class LoadProfile
{
    /// <summary>On board leaving the depot (index 0) and leaving each stop (index i + 1).</summary>
    public static Quantity[] OnBoard(IReadOnlyList<StopLoad> loads)
    {
        ArgumentNullException.ThrowIfNull(loads);
        var result = new Quantity[loads.Count + 1];
        var down = loads.Aggregate(Quantity.Zero, (q, l) => q + l.Drop);
        var up = Quantity.Zero;
        result[0] = down;
        for (var i = 0; i < loads.Count; i++)
        {
            down = new Quantity(down.Kg - loads[i].Drop.Kg, down.M3 - loads[i].Drop.M3);
            up += loads[i].Pick;
            result[i + 1] = down + up;
        }

        return result;
    }

    /// <summary>The largest kg and the largest m³ on board anywhere along the line (possibly at different places).</summary>
    public static Quantity Max(IReadOnlyList<StopLoad> loads) =>
        OnBoard(loads).Aggregate(Quantity.Zero, (m, q) => new Quantity(Math.Max(m.Kg, q.Kg), Math.Max(m.M3, q.M3)));

    /// <summary>The fullest place relative to <paramref name="capacity"/>: its load and its <see cref="Ratio"/> (the first such place on ties).</summary>
    public static (Quantity Load, double Ratio) Peak(IReadOnlyList<StopLoad> loads, Quantity capacity)
    {
        var onBoard = OnBoard(loads);
        var peak = onBoard[0];
        var ratio = Ratio(peak, capacity);
        foreach (var q in onBoard.Skip(1))
        {
            var r = Ratio(q, capacity);
            if (r > ratio)
            {
                (peak, ratio) = (q, r);
            }
        }

        return (peak, ratio);
    }

    /// <summary>How full: the larger of kg / capacity kg and m³ / capacity m³ (a unit with zero capacity is ignored).</summary>
    public static double Ratio(Quantity load, Quantity capacity) =>
        Math.Max(capacity.Kg > 0 ? load.Kg / capacity.Kg : 0, capacity.M3 > 0 ? load.M3 / capacity.M3 : 0);
}
