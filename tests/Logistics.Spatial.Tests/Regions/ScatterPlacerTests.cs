using Logistics.Spatial.Regions;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.Regions;

public class ScatterPlacerTests
{
    private static readonly GeometryFactory Factory = new Logistics.Spatial.Geodesy.GeometryServices().Wgs84;

    // An L-shaped area of 75 km² (10 × 10 km minus a 5 × 5 km corner): concave on purpose.
    private static readonly Polygon LShape = Factory.CreatePolygon([new(0, 0), new(10, 0), new(10, 5), new(5, 5), new(5, 10), new(0, 10), new(0, 0)]);

    [Fact]
    public void Places_the_count_inside_the_area_evenly()
    {
        var points = new ScatterPlacer(Factory).Place(LShape, 30, 42, []);
        Assert.Equal(30, points.Count);
        Assert.All(points, p => Assert.True(LShape.Contains(Factory.CreatePoint(p))));
        var minGap = points.SelectMany((p, i) => points.Skip(i + 1).Select(q => p.Distance(q))).Min();
        // √(75/30) ≈ 1.58 km per point; Poisson-disk spacing keeps neighbours well apart (no clumps).
        Assert.True(minGap > 0.5, $"closest pair {minGap:F2} km");
        Assert.Contains(points, p => p.X < 5 && p.Y > 5);   // the upper arm
        Assert.Contains(points, p => p.X > 5 && p.Y < 5);   // the right arm
    }

    [Fact]
    public void Same_key_same_points_other_key_other_points()
    {
        var placer = new ScatterPlacer(Factory);
        var a = placer.Place(LShape, 12, ScatterPlacer.StableKey("500231101"), []);
        var b = placer.Place(LShape, 12, ScatterPlacer.StableKey("500231101"), []);
        var c = placer.Place(LShape, 12, ScatterPlacer.StableKey("500231102"), []);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(ScatterPlacer.StableKey("垫江"), ScatterPlacer.StableKey("垫江"));
        Assert.NotEqual(ScatterPlacer.StableKey("ab"), ScatterPlacer.StableKey("ba"));
    }

    [Fact]
    public void Keeps_away_from_occupied_points()
    {
        var occupied = new[] { new Coordinate(2.5, 2.5), new Coordinate(7.5, 2.5), new Coordinate(2.5, 7.5) };
        var points = new ScatterPlacer(Factory).Place(LShape, 10, 7, occupied);
        Assert.All(points, p => Assert.All(occupied, o => Assert.True(p.Distance(o) > 0.8, $"{p} too close to {o}")));
    }

    [Fact]
    public void Finishes_even_when_far_more_points_are_asked_than_fit_at_the_start_spacing()
    {
        var tiny = Factory.CreatePolygon([new(0, 0), new(0.2, 0), new(0.2, 0.2), new(0, 0.2), new(0, 0)]);
        var points = new ScatterPlacer(Factory).Place(tiny, 50, 1, [new Coordinate(0.1, 0.1)]);
        Assert.Equal(50, points.Count);
        Assert.Equal(50, points.Distinct().Count());
    }

    [Fact]
    public void Halton_is_the_radical_inverse()
    {
        Assert.Equal(0.5, ScatterPlacer.Halton(1, 2));
        Assert.Equal(0.25, ScatterPlacer.Halton(2, 2));
        Assert.Equal(0.75, ScatterPlacer.Halton(3, 2));
        Assert.Equal(1.0 / 3, ScatterPlacer.Halton(1, 3), 12);
        Assert.Equal(2.0 / 3 + 1.0 / 9, ScatterPlacer.Halton(5, 3), 12);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var placer = new ScatterPlacer(Factory);
        Assert.Empty(placer.Place(LShape, 0, 1, []));
        Assert.Throws<ArgumentException>(() => placer.Place(Factory.CreateLineString([new(0, 0), new(1, 1)]), 3, 1, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => placer.Place(LShape, -1, 1, []));
    }
}
