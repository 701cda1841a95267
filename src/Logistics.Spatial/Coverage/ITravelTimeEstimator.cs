using Logistics.Core.Geo;
using Logistics.Core.Units;

namespace Logistics.Spatial.Coverage;

/// <summary>
/// Estimates the driving time between two points. The default, <see cref="CircuityTravelTimeEstimator"/>, works
/// from the straight line; a road-network provider can implement this interface later and plug in unchanged.
/// Implementations must be thread-safe and deterministic.
/// </summary>
public interface ITravelTimeEstimator
{
    /// <summary>The estimated driving time from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Seconds Estimate(GeoPoint from, GeoPoint to);
}
