using System.Globalization;
using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Geodesy;

namespace Logistics.Spatial.Coverage;

/// <summary>
/// Driving time without a road network: great-circle distance × circuity factor (road / straight line) at an average
/// speed. Immutable and thread-safe.
/// </summary>
public sealed class CircuityTravelTimeEstimator : ITravelTimeEstimator
{
    public CircuityTravelTimeEstimator(double circuityFactor, double averageSpeedKmh)
    {
        if (!double.IsFinite(circuityFactor) || circuityFactor < 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(circuityFactor), circuityFactor, "the circuity factor must be at least 1");
        }

        if (!double.IsFinite(averageSpeedKmh) || averageSpeedKmh <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(averageSpeedKmh), averageSpeedKmh, "the average speed must be positive");
        }

        CircuityFactor = circuityFactor;
        AverageSpeedKmh = averageSpeedKmh;
    }

    public double CircuityFactor { get; }

    public double AverageSpeedKmh { get; }

    public Seconds Estimate(GeoPoint from, GeoPoint to) => TimeForStraightLine(GreatCircle.DistanceMetres(from, to));

    /// <summary>The driving time for a straight-line distance in metres, rounded once to whole seconds.</summary>
    public Seconds TimeForStraightLine(double straightMetres) =>
        new((long)Math.Round(straightMetres * CircuityFactor / (AverageSpeedKmh / 3.6), MidpointRounding.AwayFromZero));

    /// <summary>The straight-line distance in metres reachable within <paramref name="time"/> (the inverse of the estimate).</summary>
    public double StraightLineMetresWithin(Seconds time) => time.Value * (AverageSpeedKmh / 3.6) / CircuityFactor;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"straight line × {CircuityFactor:0.###} at {AverageSpeedKmh:0.#} km/h");
}
