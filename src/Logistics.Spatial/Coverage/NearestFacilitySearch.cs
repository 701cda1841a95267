using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Coverage;

/// <summary>
/// For every demand point, the nearest facility by great-circle distance (whole metres) and by travel time from the
/// demand point to the facility (the villager's trip) through an <see cref="ITravelTimeProvider"/>. Exhaustive
/// (demand × facility), which is exact and fast for a county's few hundred points; ties go to the lower facility
/// index, so the answer does not depend on anything but the input order. Facilities the provider cannot reach are
/// skipped for the time; a demand point that reaches none has <see cref="NearestFacility.ByTime"/> = -1.
/// </summary>
public static class NearestFacilitySearch
{
    public static NearestFacility[] Find(
        IReadOnlyList<GeoPoint> demands,
        IReadOnlyList<GeoPoint> facilities,
        ITravelTimeProvider travelTimes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(travelTimes);
        ArgumentNullException.ThrowIfNull(demands);
        ArgumentNullException.ThrowIfNull(facilities);
        return Find(demands, facilities, travelTimes.Matrix(demands, facilities, cancellationToken));
    }

    /// <summary>The same from a matrix already computed (rows = demands, columns = facilities).</summary>
    public static NearestFacility[] Find(IReadOnlyList<GeoPoint> demands, IReadOnlyList<GeoPoint> facilities, TravelMatrix times)
    {
        ArgumentNullException.ThrowIfNull(demands);
        ArgumentNullException.ThrowIfNull(facilities);
        ArgumentNullException.ThrowIfNull(times);
        if (times.SourceCount != demands.Count || times.TargetCount != facilities.Count)
        {
            throw new ArgumentException($"the matrix is {times.SourceCount} × {times.TargetCount}, not demands × facilities ({demands.Count} × {facilities.Count})", nameof(times));
        }

        var result = new NearestFacility[demands.Count];
        for (int i = 0; i < demands.Count; i++)
        {
            var best = NearestFacility.None;
            for (int j = 0; j < facilities.Count; j++)
            {
                var d = new Metres((long)Math.Round(GreatCircle.DistanceMetres(demands[i], facilities[j]), MidpointRounding.AwayFromZero));
                if (d < best.Distance)
                {
                    best = best with { ByDistance = j, Distance = d };
                }

                if (times.Duration(i, j) is { } t && (best.ByTime < 0 || t < best.Time))
                {
                    best = best with { ByTime = j, Time = t };
                }
            }

            result[i] = best;
        }

        return result;
    }
}
