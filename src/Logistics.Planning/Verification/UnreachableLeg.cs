using Logistics.Planning.Network;

namespace Logistics.Planning.Verification;

/// <summary>An ordered pair of sites with no drivable path from <paramref name="From"/> to <paramref name="To"/>.</summary>
public sealed record UnreachableLeg(Site From, Site To)
{
    /// <summary><c>S1 一镇站 → V9 九村</c>.</summary>
    public override string ToString() => $"{From.Id} {From.Name} → {To.Id} {To.Name}";
}
