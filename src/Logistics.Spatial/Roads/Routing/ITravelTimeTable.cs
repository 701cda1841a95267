using Logistics.Core.Errors;
using Logistics.Core.Units;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>
/// Drive times and lengths between sites, whichever engine made them (the built-in road graph:
/// <see cref="TravelTimeMatrix"/>; an OSRM server: <see cref="Osrm.OsrmTable"/>). Unreachable pairs have no value.
/// </summary>
public interface ITravelTimeTable
{
    IReadOnlyList<RoadSite> Sites { get; }

    int Count { get; }

    IReadOnlyList<UnreachablePair> Unreachable { get; }

    IReadOnlyList<DataError> Warnings { get; }

    /// <summary>Drive time from site <paramref name="from"/> to site <paramref name="to"/>; null when unreachable.</summary>
    Seconds? Duration(int from, int to);

    /// <summary>Length of that drive; null when unreachable.</summary>
    Metres? Distance(int from, int to);
}
