using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Travel;

namespace Logistics.Planning.Tests.Coverage;

/// <summary>
/// A stand-in road provider for tests: the drive time of each pair is given by a function (null = no road), the length
/// is 10 m per second, and a path is the straight segment with a bend point in the middle (to tell it from the
/// straight-line provider's two-point path).
/// </summary>
internal sealed class FakeRoads(Func<GeoPoint, GeoPoint, long?> seconds) : ITravelTimeProvider
{
    public string Description => "fake roads";

    public bool FollowsRoads => true;

    public int MatrixCalls { get; private set; }

    public TravelMatrix Matrix(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, CancellationToken cancellationToken = default)
    {
        MatrixCalls++;
        var s = new long[sources.Count * targets.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            for (var j = 0; j < targets.Count; j++)
            {
                s[i * targets.Count + j] = sources[i] == targets[j] ? 0 : seconds(sources[i], targets[j]) ?? -1;
            }
        }

        return new TravelMatrix(sources.Count, targets.Count, s, s.Select(v => v < 0 ? -1 : v * 10).ToArray());
    }

    public TravelPath? Path(GeoPoint from, GeoPoint to, CancellationToken cancellationToken = default) =>
        seconds(from, to) is { } t
            ? new TravelPath(new Seconds(t), new Metres(t * 10), [from, new GeoPoint((from.Lon + to.Lon) / 2 + 0.001, (from.Lat + to.Lat) / 2), to])
            : null;
}
