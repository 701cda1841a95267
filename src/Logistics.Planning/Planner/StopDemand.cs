using Logistics.Planning.Network;

namespace Logistics.Planning.Planner;

/// <summary>What one visit must be able to take: goods down (dropped) and produce up (picked up), kg and m³.</summary>
internal readonly record struct StopDemand(Quantity Drop, Quantity Pick)
{
    public static StopDemand Max(StopDemand a, StopDemand b) =>
        new(new Quantity(Math.Max(a.Drop.Kg, b.Drop.Kg), Math.Max(a.Drop.M3, b.Drop.M3)),
            new Quantity(Math.Max(a.Pick.Kg, b.Pick.Kg), Math.Max(a.Pick.M3, b.Pick.M3)));

    public static StopDemand operator +(StopDemand a, StopDemand b) => new(a.Drop + b.Drop, a.Pick + b.Pick);

    public StopDemand Scale(double factor) => new(Drop * factor, Pick * factor);

    /// <summary>Whether a vehicle can run these stops in this order: down goods loaded at the depot and dropped stop by stop, produce picked up, never above capacity.</summary>
    public static bool RouteFits(IEnumerable<StopDemand> stops, VehicleType v) => RouteFits(stops, new Quantity(v.CapacityKg, v.CapacityM3));

    /// <summary>Whether a hold of <paramref name="capacity"/> takes these stops in this order (as <see cref="RouteFits(IEnumerable{StopDemand}, VehicleType)"/>).</summary>
    public static bool RouteFits(IEnumerable<StopDemand> stops, Quantity capacity)
    {
        var list = stops as IReadOnlyList<StopDemand> ?? stops.ToList();
        var down = list.Aggregate(Quantity.Zero, (q, d) => q + d.Drop);
        if (down.Kg > capacity.Kg + 1e-9 || down.M3 > capacity.M3 + 1e-9)
        {
            return false;
        }

        var up = Quantity.Zero;
        foreach (var d in list)
        {
            down = new Quantity(down.Kg - d.Drop.Kg, down.M3 - d.Drop.M3);
            up += d.Pick;
            if (down.Kg + up.Kg > capacity.Kg + 1e-9 || down.M3 + up.M3 > capacity.M3 + 1e-9)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a vehicle can take this alone (down load at the start, produce at the end).</summary>
    public bool FitsIn(VehicleType v) =>
        Drop.Kg <= v.CapacityKg && Drop.M3 <= v.CapacityM3 && Pick.Kg <= v.CapacityKg && Pick.M3 <= v.CapacityM3;
}
