using Logistics.Core.Units;
using Logistics.Planning.Network;

namespace Logistics.Planning.Lines;

/// <summary>
/// One leg of a drawn line (depot → first stop, stop → stop, last stop → depot): its drive time and length, and
/// whether it follows the roads. <see cref="OnRoad"/> is false for the straight-line provider and for a leg the road
/// provider has no path for (then it is drawn straight and has no time or length: see <see cref="Reachable"/>).
/// </summary>
public sealed record LineGeometryLeg(Site From, Site To, Seconds? Duration, Metres? Distance, bool OnRoad)
{
    /// <summary>False when the provider found no drivable path for this leg.</summary>
    public bool Reachable => Duration is not null;
}
