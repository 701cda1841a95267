using Logistics.Core.Units;

namespace Logistics.Spatial.Coverage;

/// <summary>
/// The nearest facility of one demand point, by straight-line distance and by estimated travel time (they may be
/// different facilities once a road network is used). Indexes are into the facility list; -1 when there is none.
/// </summary>
public readonly record struct NearestFacility(int ByDistance, Metres Distance, int ByTime, Seconds Time)
{
    public static readonly NearestFacility None = new(-1, new Metres(long.MaxValue), -1, new Seconds(long.MaxValue));

    public bool Exists => ByDistance >= 0;
}
