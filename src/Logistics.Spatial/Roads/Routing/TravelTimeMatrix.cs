using Logistics.Core.Errors;
using Logistics.Core.Units;
using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>
/// Drive times and lengths between sites over the road graph (fastest path; rounded once to whole seconds and metres).
/// The off-road leg from a site to its snapped point is included only when <see cref="RoadRouterOptions.AccessSpeedKmh"/>
/// is set (never for a site to itself); see <see cref="Snaps"/> and <see cref="Warnings"/>.
/// Pairs without a path have no value (<see cref="Duration"/> returns null) and are listed in <see cref="Unreachable"/>
/// and, summarised by site, in <see cref="Warnings"/>; they are never given a large number.
/// </summary>
public sealed class TravelTimeMatrix : ITravelTimeTable
{
    private readonly long[] _seconds;
    private readonly long[] _metres;

    internal TravelTimeMatrix(
        IReadOnlyList<RoadSite> sites, IReadOnlyList<RoadSnap?> snaps, long[] seconds, long[] metres,
        IReadOnlyList<UnreachablePair> unreachable, IReadOnlyList<DataError> warnings)
    {
        Sites = sites;
        Snaps = snaps;
        _seconds = seconds;
        _metres = metres;
        Unreachable = unreachable;
        Warnings = warnings;
    }

    public IReadOnlyList<RoadSite> Sites { get; }

    /// <summary>Where each site meets the road network; null when no road lies within the search limit.</summary>
    public IReadOnlyList<RoadSnap?> Snaps { get; }

    public IReadOnlyList<UnreachablePair> Unreachable { get; }

    /// <summary>Far snaps (<c>roads.snap-far</c>), sites off the network (<c>roads.no-road</c>) and unreachable sites (<c>roads.unreachable</c>).</summary>
    public IReadOnlyList<DataError> Warnings { get; }

    public int Count => Sites.Count;

    /// <summary>Fastest drive time from site <paramref name="from"/> to site <paramref name="to"/>; null when unreachable.</summary>
    public Seconds? Duration(int from, int to)
    {
        var value = _seconds[Index(from, to)];
        return value < 0 ? null : new Seconds(value);
    }

    /// <summary>Length of the fastest path; null when unreachable.</summary>
    public Metres? Distance(int from, int to)
    {
        var value = _metres[Index(from, to)];
        return value < 0 ? null : new Metres(value);
    }

    private int Index(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, Count);
        return from * Count + to;
    }
}
