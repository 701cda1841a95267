using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Geodesy;

namespace Logistics.Spatial.Tests.Coverage;

public class NearestFacilitySearchTests
{
    /// <summary>A point <paramref name="km"/> north of 30°N on 108°E: distances along the meridian are exact.</summary>
    private static GeoPoint North(double km) => new(108.0, 30.0 + (km * 1000.0 / (GreatCircle.MeanEarthRadiusMetres * Math.PI / 180.0)));

    private static readonly CircuityTravelTimeEstimator Estimator = new(1.5, 30);

    [Fact]
    public void The_estimate_is_the_straight_line_times_the_circuity_at_the_average_speed()
    {
        // 10 km × 1.5 = 15 km at 30 km/h = 30 min.
        Assert.Equal(1800, Estimator.Estimate(North(0), North(10)).Value);
        Assert.Equal(1800, Estimator.TimeForStraightLine(10_000).Value);
        Assert.Equal(10_000, Estimator.StraightLineMetresWithin(new Seconds(1800)), 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CircuityTravelTimeEstimator(0.9, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CircuityTravelTimeEstimator(1.5, 0));
    }

    [Fact]
    public void Every_demand_gets_its_nearest_facility_and_ties_go_to_the_first()
    {
        GeoPoint[] demands = [North(0), North(4), North(6), North(10)];
        GeoPoint[] facilities = [North(3), North(9), North(11)];
        var nearest = NearestFacilitySearch.Find(demands, facilities, Estimator);

        // Demand 6 km is 3 km from both 3 km and 9 km: the first facility wins.
        Assert.Equal([0, 0, 0, 1], nearest.Select(n => n.ByDistance));
        Assert.Equal([3000L, 1000, 3000, 1000], nearest.Select(n => n.Distance.Value));
        Assert.Equal([0, 0, 0, 1], nearest.Select(n => n.ByTime));
        Assert.Equal([540L, 180, 540, 180], nearest.Select(n => n.Time.Value));
    }

    [Fact]
    public void Without_facilities_nothing_is_near()
    {
        var nearest = NearestFacilitySearch.Find([North(0)], [], Estimator);

        Assert.False(Assert.Single(nearest).Exists);
        Assert.Equal(-1, nearest[0].ByTime);
    }

    [Fact]
    public void A_road_estimator_may_pick_a_farther_facility_by_time()
    {
        var nearest = NearestFacilitySearch.Find([North(0)], [North(1), North(2)], new FerryTo(North(2)));

        Assert.Equal((0, 1000L), (nearest[0].ByDistance, nearest[0].Distance.Value));
        Assert.Equal((1, 60L), (nearest[0].ByTime, nearest[0].Time.Value));
    }

    private sealed class FerryTo(GeoPoint quick) : ITravelTimeEstimator
    {
        public Seconds Estimate(GeoPoint from, GeoPoint to) => new(to == quick ? 60 : 3600);
    }
}
