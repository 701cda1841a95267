using Logistics.Core.Errors;
using Logistics.Core.Units;
using Logistics.Spatial.Roads.Routing;

namespace Logistics.Spatial.Roads.Osrm;

/// <summary>
/// Drive times and lengths between sites from an OSRM server (rounded once to whole seconds and metres). Pairs OSRM
/// could not route have no value and are listed in <see cref="Unreachable"/> and, by site, in <see cref="Warnings"/>.
/// </summary>
public sealed class OsrmTable : ITravelTimeTable
{
    private readonly long[] _seconds;
    private readonly long[] _metres;

    internal OsrmTable(IReadOnlyList<RoadSite> sites, double[] snapMetres, long[] seconds, long[] metres, IReadOnlyList<UnreachablePair> unreachable, IReadOnlyList<DataError> warnings)
    {
        Sites = sites;
        SnapDistanceMetres = snapMetres;
        _seconds = seconds;
        _metres = metres;
        Unreachable = unreachable;
        Warnings = warnings;
    }

    public IReadOnlyList<RoadSite> Sites { get; }

    /// <summary>Distance from each site to the road point OSRM snapped it to.</summary>
    public IReadOnlyList<double> SnapDistanceMetres { get; }

    public IReadOnlyList<UnreachablePair> Unreachable { get; }

    public IReadOnlyList<DataError> Warnings { get; }

    public int Count => Sites.Count;

    public Seconds? Duration(int from, int to) => _seconds[from * Count + to] is var v && v >= 0 ? new Seconds(v) : null;

    public Metres? Distance(int from, int to) => _metres[from * Count + to] is var v && v >= 0 ? new Metres(v) : null;
}
