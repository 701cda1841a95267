using Logistics.Core.Geo;

namespace Logistics.Spatial.Travel;

/// <summary>
/// The one source of drive times, lengths and drawn paths between WGS84 points, whatever engine answers: the straight
/// line (<see cref="StraightLineTravelTimeProvider"/>, the default when no road data is loaded), the built-in OSM road
/// graph (<see cref="RoadGraphTravelTimeProvider"/>) or an OSRM server (<see cref="OsrmTravelTimeProvider"/>).
/// Coverage, siting, the line planner's travel times (<c>Planning.Verification.MatrixTravelTimes</c>) and the map's
/// line shapes all go through it. Pairs without a drivable path are reported by index in
/// <see cref="TravelMatrix.Unreachable"/>, never given a large number. Implementations are thread-safe and
/// deterministic; they are synchronous (the OSRM one waits for its HTTP calls).
/// </summary>
public interface ITravelTimeProvider
{
    /// <summary>What answers, for reports: e.g. <c>straight line × 1.3 at 35 km/h</c> or <c>road graph (contraction hierarchy)</c>.</summary>
    string Description { get; }

    /// <summary>Whether times and shapes follow a road network (false for the straight-line estimate).</summary>
    bool FollowsRoads { get; }

    /// <summary>
    /// Drive time and length from every source to every target (many-to-many, rounded once to whole seconds and metres).
    /// For a square matrix pass the same list twice (<see cref="TravelTimeProviderExtensions.Matrix(ITravelTimeProvider, IReadOnlyList{GeoPoint}, CancellationToken)"/>).
    /// </summary>
    TravelMatrix Matrix(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, CancellationToken cancellationToken = default);

    /// <summary>The fastest path from <paramref name="from"/> to <paramref name="to"/> with its line for the map; null when there is none.</summary>
    TravelPath? Path(GeoPoint from, GeoPoint to, CancellationToken cancellationToken = default);
}
