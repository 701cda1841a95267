namespace Logistics.Spatial.Roads;

/// <summary>How a vehicle may use one OSM way under a <see cref="RoadProfile"/>.</summary>
/// <param name="Forward">May drive in the direction of the way's node order.</param>
/// <param name="Backward">May drive against the node order.</param>
/// <param name="SpeedKmh">Average travel speed, km/h (0 when excluded).</param>
/// <param name="ExcludedBecause">Null when the way is kept; otherwise a short reason code (see <see cref="RoadProfile"/>).</param>
public readonly record struct WayTraversal(bool Forward, bool Backward, double SpeedKmh, string? ExcludedBecause)
{
    public bool IsKept => ExcludedBecause is null;

    public static WayTraversal Excluded(string reason) => new(false, false, 0, reason);
}
