using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Tests.Travel;

public class StraightLineTravelTimeProviderTests
{
    /// <summary>A point <paramref name="km"/> north of 30°N on 108°E: distances along the meridian are exact.</summary>
    private static GeoPoint North(double km) => new(108.0, 30.0 + (km * 1000.0 / (GreatCircle.MeanEarthRadiusMetres * Math.PI / 180.0)));

    private static readonly StraightLineTravelTimeProvider Provider = new(1.5, 30);

    [Fact]
    public void Time_and_length_are_the_straight_line_times_the_circuity_at_the_average_speed()
    {
        // 10 km × 1.5 = 15 km at 30 km/h = 30 min; 4 km → 6 km, 12 min.
        var m = Provider.Matrix([North(0), North(4)], [North(10), North(0)], TestContext.Current.CancellationToken);

        Assert.Equal((2, 2), (m.SourceCount, m.TargetCount));
        Assert.Equal(1800, m.Duration(0, 0)!.Value.Value);
        Assert.Equal(15_000, m.Distance(0, 0)!.Value.Value);
        Assert.Equal(0, m.Duration(0, 1)!.Value.Value);
        Assert.Equal((720L, 6_000L), (m.Duration(1, 1)!.Value.Value, m.Distance(1, 1)!.Value.Value));
        Assert.Empty(m.Unreachable);
        Assert.All(m.SourceSnapMetres, s => Assert.Equal(0, s));
        Assert.False(Provider.FollowsRoads);
        Assert.Equal(1800, Provider.TimeForStraightLine(10_000).Value);
        Assert.Equal(10_000, Provider.StraightLineMetresWithin(new Seconds(1800)), 9);
    }

    [Fact]
    public void The_path_is_the_straight_segment()
    {
        var path = Provider.Path(North(0), North(2), TestContext.Current.CancellationToken);

        Assert.Equal([North(0), North(2)], path.Geometry);
        Assert.Equal((360L, 3_000L), (path.Duration.Value, path.Distance.Value));
    }

    [Fact]
    public void Bad_parameters_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StraightLineTravelTimeProvider(0.9, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StraightLineTravelTimeProvider(1.5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StraightLineTravelTimeProvider(double.NaN, 30));
    }

    [Fact]
    public void A_matrix_needs_matching_sizes_and_paired_values()
    {
        Assert.Throws<ArgumentException>(() => new TravelMatrix(2, 2, [1, 2, 3], [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => new TravelMatrix(1, 2, [1, -1], [1, 5]));
        Assert.Throws<ArgumentException>(() => new TravelMatrix(1, 1, [1], [1], sourceSnapMetres: [1.0, 2.0]));
        var m = new TravelMatrix(1, 2, [-1, 7], [-1, 70]);
        Assert.Null(m.Duration(0, 0));
        Assert.Null(m.Distance(0, 0));
        Assert.False(m.IsReachable(0, 0));
        Assert.Equal([new TravelPair(0, 0)], m.Unreachable);
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Duration(1, 0));
    }
}
