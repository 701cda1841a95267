using Logistics.Spatial.Regions;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.Regions;

public class GapPlacementTests
{
    private static readonly GeometryFactory Factory = new Logistics.Spatial.Geodesy.GeometryServices().Wgs84;

    private static readonly Polygon Box = Factory.CreatePolygon([new(107.0, 30.0), new(107.4, 30.0), new(107.4, 30.3), new(107.0, 30.3), new(107.0, 30.0)]);

    [Fact]
    public void Largest_gap_is_far_from_everything_known_and_inside()
    {
        var occupied = new[] { new Coordinate(107.05, 30.05), new Coordinate(107.05, 30.25), new Coordinate(107.2, 30.15) };
        var p = new GapPlacement(Factory).LargestGap(Box, occupied);
        Assert.True(Box.Contains(Factory.CreatePoint(p)));
        Assert.True(p.X > 107.3, $"expected the empty east side, got {p}");
        Assert.Equal(p, new GapPlacement(Factory).LargestGap(Box, occupied));
    }

    [Fact]
    public void Ring_point_has_the_radius_and_avoids_the_known_side()
    {
        var plane = new LocalPlane(107.2, 30.15);
        var centre = new Coordinate(107.2, 30.15);
        var occupied = new[] { new Coordinate(107.23, 30.15), new Coordinate(107.2, 30.18), centre };
        var p = new GapPlacement(Factory).OnRing(Box, centre, 3.0, occupied);
        Assert.Equal(3.0, plane.ToPlane(p).Distance(plane.ToPlane(centre)), 2);
        Assert.True(p.X < 107.2 && p.Y < 30.15, $"expected the south-west, got {p}");
    }

    [Fact]
    public void Ring_outside_the_area_falls_back_to_a_point_inside()
    {
        var small = Factory.CreatePolygon([new(107.0, 30.0), new(107.01, 30.0), new(107.01, 30.01), new(107.0, 30.01), new(107.0, 30.0)]);
        var p = new GapPlacement(Factory).OnRing(small, new Coordinate(107.005, 30.005), 50, []);
        Assert.True(small.Contains(Factory.CreatePoint(p)));
    }
}
