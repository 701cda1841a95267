using Logistics.Core.Geo;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Tests.Coverage;

public class NearestFacilitySearchTests
{
    /// <summary>A point <paramref name="km"/> north of 30°N on 108°E: distances along the meridian are exact.</summary>
    private static GeoPoint North(double km) => new(108.0, 30.0 + (km * 1000.0 / (GreatCircle.MeanEarthRadiusMetres * Math.PI / 180.0)));

    private static readonly StraightLineTravelTimeProvider Estimator = new(1.5, 30);

    [Fact]
    public void Every_demand_gets_its_nearest_facility_and_ties_go_to_the_first()
    {
        GeoPoint[] demands = [North(0), North(4), North(6), North(10)];
        GeoPoint[] facilities = [North(3), North(9), North(11)];
        var nearest = NearestFacilitySearch.Find(demands, facilities, Estimator, TestContext.Current.CancellationToken);

        // Demand 6 km is 3 km from both 3 km and 9 km: the first facility wins.
        Assert.Equal([0, 0, 0, 1], nearest.Select(n => n.ByDistance));
        Assert.Equal([3000L, 1000, 3000, 1000], nearest.Select(n => n.Distance.Value));
        Assert.Equal([0, 0, 0, 1], nearest.Select(n => n.ByTime));
        Assert.Equal([540L, 180, 540, 180], nearest.Select(n => n.Time.Value));
    }

    [Fact]
    public void Without_facilities_nothing_is_near()
    {
        var nearest = NearestFacilitySearch.Find([North(0)], [], Estimator, TestContext.Current.CancellationToken);

        Assert.False(Assert.Single(nearest).Exists);
        Assert.Equal(-1, nearest[0].ByTime);
    }

    [Fact]
    public void A_road_network_may_pick_a_farther_facility_by_time()
    {
        // From the demand: 1 h to the facility 1 km away (a river between), 60 s to the one 2 km away.
        var times = new TravelMatrix(1, 2, [3600, 60], [9000, 2100]);
        var nearest = NearestFacilitySearch.Find([North(0)], [North(1), North(2)], times);

        Assert.Equal((0, 1000L), (nearest[0].ByDistance, nearest[0].Distance.Value));
        Assert.Equal((1, 60L), (nearest[0].ByTime, nearest[0].Time.Value));
        Assert.True(nearest[0].Reachable);
    }

    [Fact]
    public void Unreachable_facilities_are_skipped_and_a_demand_reaching_none_has_no_time()
    {
        // Demand 0 reaches only the farther facility; demand 1 (an island) reaches none.
        var times = new TravelMatrix(2, 2, [-1, 500, -1, -1], [-1, 4000, -1, -1]);
        var nearest = NearestFacilitySearch.Find([North(0), North(5)], [North(1), North(2)], times);

        Assert.Equal((0, 1, 500L), (nearest[0].ByDistance, nearest[0].ByTime, nearest[0].Time.Value));
        Assert.Equal(1, nearest[1].ByDistance);
        Assert.False(nearest[1].Reachable);
        Assert.Equal(-1, nearest[1].ByTime);
        Assert.Throws<ArgumentException>(() => NearestFacilitySearch.Find([North(0)], [North(1), North(2)], times));
    }
}
