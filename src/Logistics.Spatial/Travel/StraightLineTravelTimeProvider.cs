using System.Globalization;
using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Geodesy;

namespace Logistics.Spatial.Travel;

/// <summary>
/// Travel without a road network: great-circle distance × a circuity factor (road / straight line), driven at an
/// average speed. Length = round(straight × circuity) m, time = round(straight × circuity / speed) s, each rounded
/// once. Every pair is reachable; the drawn path is the straight segment. The default when no road data is loaded.
/// Immutable and thread-safe.
/// </summary>
public sealed class StraightLineTravelTimeProvider : ITravelTimeProvider
{
    public StraightLineTravelTimeProvider(double circuityFactor, double averageSpeedKmh)
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

    public string Description => string.Create(
        CultureInfo.InvariantCulture, $"直线 straight line × {CircuityFactor:0.###} at {AverageSpeedKmh:0.#} km/h");

    public bool FollowsRoads => false;

    public TravelMatrix Matrix(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        var seconds = new long[sources.Count * targets.Count];
        var metres = new long[seconds.Length];
        for (var i = 0; i < sources.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = 0; j < targets.Count; j++)
            {
                var straight = GreatCircle.DistanceMetres(sources[i], targets[j]);
                seconds[i * targets.Count + j] = TimeForStraightLine(straight).Value;
                metres[i * targets.Count + j] = LengthForStraightLine(straight).Value;
            }
        }

        return new TravelMatrix(sources.Count, targets.Count, seconds, metres);
    }

    public TravelPath Path(GeoPoint from, GeoPoint to, CancellationToken cancellationToken = default)
    {
        var straight = GreatCircle.DistanceMetres(from, to);
        return new TravelPath(TimeForStraightLine(straight), LengthForStraightLine(straight), [from, to]);
    }

    TravelPath? ITravelTimeProvider.Path(GeoPoint from, GeoPoint to, CancellationToken cancellationToken) => Path(from, to, cancellationToken);

    /// <summary>The driving time for a straight-line distance in metres, rounded once to whole seconds.</summary>
    public Seconds TimeForStraightLine(double straightMetres) =>
        new((long)Math.Round(straightMetres * CircuityFactor / (AverageSpeedKmh / 3.6), MidpointRounding.AwayFromZero));

    /// <summary>The road length estimated for a straight-line distance in metres, rounded once to whole metres.</summary>
    public Metres LengthForStraightLine(double straightMetres) =>
        new((long)Math.Round(straightMetres * CircuityFactor, MidpointRounding.AwayFromZero));

    /// <summary>The straight-line distance in metres reachable within <paramref name="time"/> (the inverse of the time estimate).</summary>
    public double StraightLineMetresWithin(Seconds time) => time.Value * (AverageSpeedKmh / 3.6) / CircuityFactor;

    public override string ToString() => Description;
}
