using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Geodesy;

namespace Logistics.Spatial.Coverage;

/// <summary>
/// For every demand point, the nearest facility by great-circle distance (whole metres) and by estimated travel time.
/// Exhaustive (demand × facility), which is exact and fast for a county's few hundred points; ties go to the lower
/// facility index, so the answer does not depend on anything but the input order.
/// </summary>
public static class NearestFacilitySearch
{
    public static NearestFacility[] Find(
        IReadOnlyList<GeoPoint> demands,
        IReadOnlyList<GeoPoint> facilities,
        ITravelTimeEstimator travelTime)
    {
        ArgumentNullException.ThrowIfNull(demands);
        ArgumentNullException.ThrowIfNull(facilities);
        ArgumentNullException.ThrowIfNull(travelTime);
        var result = new NearestFacility[demands.Count];
        for (int i = 0; i < demands.Count; i++)
        {
            var best = NearestFacility.None;
            for (int j = 0; j < facilities.Count; j++)
            {
                var d = new Metres((long)Math.Round(GreatCircle.DistanceMetres(demands[i], facilities[j]), MidpointRounding.AwayFromZero));
                var t = travelTime.Estimate(demands[i], facilities[j]);
                if (d < best.Distance)
                {
                    best = best with { ByDistance = j, Distance = d };
                }

                if (t < best.Time)
                {
                    best = best with { ByTime = j, Time = t };
                }
            }

            result[i] = best;
        }

        return result;
    }
}
