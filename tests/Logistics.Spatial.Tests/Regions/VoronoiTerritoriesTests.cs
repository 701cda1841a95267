using Logistics.Spatial.Regions;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Tests.Regions;

public class VoronoiTerritoriesTests
{
    private static readonly GeometryFactory Factory = new Logistics.Spatial.Geodesy.GeometryServices().Wgs84;

    // A concave county-sized outline (about 29 × 33 km) around 107.3 E, 30.3 N.
    private static readonly Polygon County = Factory.CreatePolygon(
    [
        new(107.20, 30.20), new(107.50, 30.20), new(107.50, 30.50), new(107.35, 30.50), new(107.35, 30.35), new(107.20, 30.35), new(107.20, 30.20),
    ]);

    private static readonly Coordinate[] Seats =
    [
        new(107.25, 30.25), new(107.45, 30.25), new(107.40, 30.45), new(107.30, 30.30), new(107.42, 30.34),
    ];

    [Fact]
    public void Cells_tile_the_boundary_and_hold_their_seat()
    {
        var t = new VoronoiTerritories(Factory, County, Seats);
        Assert.Equal(Seats.Length, t.Count);
        var total = 0.0;
        for (var i = 0; i < t.Count; i++)
        {
            var cell = t.Cell(i);
            Assert.True(cell.Area > 0);
            Assert.True(t.CellCovers(i, Seats[i]));
            Assert.True(County.Buffer(1e-9).Covers(cell));
            total += cell.Area;
            for (var j = i + 1; j < t.Count; j++)
            {
                Assert.True(cell.Intersection(t.Cell(j)).Area < 1e-12, $"cells {i} and {j} overlap");
            }
        }

        Assert.Equal(County.Area, total, 9);
    }

    [Fact]
    public void Cells_are_nearest_seat_regions_in_kilometres_not_degrees()
    {
        var t = new VoronoiTerritories(Factory, County, Seats);
        // Sample points: each lies in the cell of the seat nearest in the local plane.
        for (var lon = 107.21; lon < 107.5; lon += 0.027)
        {
            for (var lat = 30.21; lat < 30.5; lat += 0.023)
            {
                var p = new Coordinate(lon, lat);
                if (!County.Contains(Factory.CreatePoint(p)))
                {
                    continue;
                }

                var xy = t.Plane.ToPlane(p);
                var nearest = Enumerable.Range(0, Seats.Length).OrderBy(i => t.Plane.ToPlane(Seats[i]).Distance(xy)).First();
                Assert.True(t.CellCovers(nearest, p), $"{p} should belong to seat {nearest}");
            }
        }
    }

    [Fact]
    public void Scatter_stays_in_the_cell_is_repeatable_and_respects_the_radius()
    {
        var t = new VoronoiTerritories(Factory, County, Seats);
        for (var i = 0; i < t.Count; i++)
        {
            var points = t.Scatter(i, 12, $"T{i}", []);
            Assert.Equal(12, points.Count);
            Assert.All(points, p => Assert.True(t.Cell(i).Contains(Factory.CreatePoint(p)), $"{p} outside cell {i}"));
            Assert.Equal(points, t.Scatter(i, 12, $"T{i}", []));
        }

        var near = t.Scatter(3, 6, "town centre", [], VoronoiTerritories.DefaultInsetKm, maxDistanceKm: 1.5);
        Assert.All(near, p => Assert.InRange(t.Plane.ToPlane(p).Distance(t.Plane.ToPlane(Seats[3])), 0.0, 1.5));
    }

    [Fact]
    public void One_seed_owns_everything_and_duplicates_are_rejected()
    {
        var one = new VoronoiTerritories(Factory, County, [Seats[0]]);
        Assert.Equal(County.Area, one.Cell(0).Area, 12);
        Assert.Throws<ArgumentException>(() => new VoronoiTerritories(Factory, County, [Seats[0], new Coordinate(Seats[0].X, Seats[0].Y)]));
        Assert.Throws<ArgumentException>(() => new VoronoiTerritories(Factory, County, []));
    }

    [Fact]
    public void Multipolygon_boundaries_and_seeds_outside_work()
    {
        var island = Factory.CreatePolygon([new(107.60, 30.20), new(107.70, 30.20), new(107.70, 30.30), new(107.60, 30.30), new(107.60, 30.20)]);
        var multi = Factory.CreateMultiPolygon([County, island]);
        var seeds = Seats.Append(new Coordinate(107.9, 30.9)).ToArray(); // the last seat is far outside
        var t = new VoronoiTerritories(Factory, multi, seeds);
        Assert.Equal(multi.Area, Enumerable.Range(0, t.Count).Sum(i => t.Cell(i).Area), 9);
        var outside = t.Scatter(seeds.Length - 1, 3, "x", []);
        Assert.Equal(3, outside.Count);
    }
}
