using Logistics.Core.Units;

namespace Logistics.Spatial.Coverage;

/// <summary>
/// The nearest facility of one demand point, by straight-line distance and by travel time (they may be different
/// facilities once a road network is used). Indexes are into the facility list; -1 when there is none, and
/// <see cref="ByTime"/> is also -1 when no facility can be reached by road (the time is then meaningless).
/// </summary>
public readonly record struct NearestFacility(int ByDistance, Metres Distance, int ByTime, Seconds Time)
{
    public static readonly NearestFacility None = new(-1, new Metres(long.MaxValue), -1, new Seconds(long.MaxValue));

    public bool Exists => ByDistance >= 0;

    /// <summary>Some facility can be driven to (always true for the straight-line estimate when one exists).</summary>
    public bool Reachable => ByTime >= 0;
}
