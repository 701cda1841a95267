using Logistics.Planning.Network;

namespace Logistics.Planning.Lines;

/// <summary>What a line hands over at one stop on one day: goods dropped (down) and produce picked up (up).</summary>
public readonly record struct StopLoad(Quantity Drop, Quantity Pick)
{
    public static readonly StopLoad Zero = new(Quantity.Zero, Quantity.Zero);

    public static StopLoad operator +(StopLoad a, StopLoad b) => new(a.Drop + b.Drop, a.Pick + b.Pick);
}
