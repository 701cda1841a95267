using Logistics.Core.Units;

namespace Logistics.Spatial.Travel;

/// <summary>
/// Drive times and lengths from each of <see cref="SourceCount"/> points to each of <see cref="TargetCount"/> points
/// (whole seconds and metres). A pair without a drivable path has no value (<see cref="Duration"/> is null) and is
/// listed in <see cref="Unreachable"/>; it is never a large number. Each point's distance to the network it was
/// snapped to is kept so callers can warn about far or missing roads by site. Immutable.
/// </summary>
public sealed class TravelMatrix
{
    private readonly long[] _seconds;
    private readonly long[] _metres;
    private readonly double?[] _sourceSnap;
    private readonly double?[] _targetSnap;
    private readonly Lazy<IReadOnlyList<TravelPair>> _unreachable;

    /// <param name="sourceCount">Rows.</param>
    /// <param name="targetCount">Columns.</param>
    /// <param name="seconds">Row-major durations; negative = no path.</param>
    /// <param name="metres">Row-major lengths; negative exactly where <paramref name="seconds"/> is.</param>
    /// <param name="sourceSnapMetres">Distance from each source to the network (null = no road near it); null = all 0 (no snapping).</param>
    /// <param name="targetSnapMetres">The same for the targets.</param>
    public TravelMatrix(int sourceCount, int targetCount, long[] seconds, long[] metres, double?[]? sourceSnapMetres = null, double?[]? targetSnapMetres = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceCount);
        ArgumentOutOfRangeException.ThrowIfNegative(targetCount);
        ArgumentNullException.ThrowIfNull(seconds);
        ArgumentNullException.ThrowIfNull(metres);
        if (seconds.Length != (long)sourceCount * targetCount || metres.Length != seconds.Length)
        {
            throw new ArgumentException($"A {sourceCount} × {targetCount} matrix needs {(long)sourceCount * targetCount} durations and lengths.", nameof(seconds));
        }

        for (var k = 0; k < seconds.Length; k++)
        {
            if ((seconds[k] < 0) != (metres[k] < 0))
            {
                throw new ArgumentException($"Entry ({k / targetCount}, {k % targetCount}) has a duration but no length or the other way round.", nameof(metres));
            }
        }

        if (sourceSnapMetres is not null && sourceSnapMetres.Length != sourceCount)
        {
            throw new ArgumentException("One snap distance per source is needed.", nameof(sourceSnapMetres));
        }

        if (targetSnapMetres is not null && targetSnapMetres.Length != targetCount)
        {
            throw new ArgumentException("One snap distance per target is needed.", nameof(targetSnapMetres));
        }

        SourceCount = sourceCount;
        TargetCount = targetCount;
        _seconds = seconds;
        _metres = metres;
        _sourceSnap = sourceSnapMetres ?? Enumerable.Repeat<double?>(0, sourceCount).ToArray();
        _targetSnap = targetSnapMetres ?? Enumerable.Repeat<double?>(0, targetCount).ToArray();
        _unreachable = new Lazy<IReadOnlyList<TravelPair>>(FindUnreachable);
    }

    public int SourceCount { get; }

    public int TargetCount { get; }

    /// <summary>Distance in metres from each source to the road it was snapped to; null when no road is near it (then it reaches nothing).</summary>
    public IReadOnlyList<double?> SourceSnapMetres => _sourceSnap;

    /// <summary>Distance in metres from each target to the road it was snapped to; null when no road is near it.</summary>
    public IReadOnlyList<double?> TargetSnapMetres => _targetSnap;

    /// <summary>Every (source, target) pair without a path, row by row.</summary>
    public IReadOnlyList<TravelPair> Unreachable => _unreachable.Value;

    /// <summary>Drive time from source <paramref name="from"/> to target <paramref name="to"/>; null when there is no path.</summary>
    public Seconds? Duration(int from, int to) => _seconds[Index(from, to)] is var v && v >= 0 ? new Seconds(v) : null;

    /// <summary>Length of that drive; null when there is no path.</summary>
    public Metres? Distance(int from, int to) => _metres[Index(from, to)] is var v && v >= 0 ? new Metres(v) : null;

    public bool IsReachable(int from, int to) => _seconds[Index(from, to)] >= 0;

    private int Index(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, SourceCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, TargetCount);
        return from * TargetCount + to;
    }

    private List<TravelPair> FindUnreachable()
    {
        var pairs = new List<TravelPair>();
        for (var k = 0; k < _seconds.Length; k++)
        {
            if (_seconds[k] < 0)
            {
                pairs.Add(new TravelPair(k / TargetCount, k % TargetCount));
            }
        }

        return pairs;
    }
}
