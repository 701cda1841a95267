using Logistics.Planning.Coverage;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Projection;
using NetTopologySuite.Geometries;
using static Logistics.Planning.Tests.Coverage.LineCounty;

namespace Logistics.Planning.Tests.Coverage;

public class ServiceAreaMapTests
{
    private readonly GeometryServices _geometry = new();

    private ServiceAreaMap Map => new(_geometry, new ProjectionFactory(_geometry));

    [Fact]
    public void The_area_holds_every_outlet_and_the_uncovered_villages_follow_it()
    {
        var scenario = Build();
        var options = new CoverageOptions { Thresholds = [CoverageThreshold.Parse("3km")] };
        var report = CoverageAnalyzer.Analyze(scenario, options);
        var map = Map.Build(scenario, report, 0, options);

        var area = map.Features[0].Geometry!;
        Assert.Equal("service-area", map.Features[0].GetString("kind"));
        Assert.All(report.Outlets, o => Assert.True(area.Contains(_geometry.CreatePoint(o.Location)), o.Id.Value));
        Assert.False(area.Contains(_geometry.CreatePoint(At(27)))); // V3, 6 km from O2
        Assert.False(area.Contains(_geometry.CreatePoint(At(13)))); // 8 km from O1, 7 km from S2
        Assert.True(area.Contains(_geometry.CreatePoint(At(2.9)))); // 2.1 km from O1

        // S1+O1 (km 0 and 5) overlap, S2+O2 (km 20 and 21) overlap: two parts.
        Assert.Equal(2, area.NumGeometries);
        Assert.Equal(["V3", "V2"], map.Features.Skip(1).Select(f => f.Id!.Value.Text));
        Assert.Equal("uncovered-village", map.Features[1].GetString("kind"));

        // The file reads back with the project's RFC 7946 reader.
        var text = new GeoJsonWriter().Write(map);
        var back = new GeoJsonReader(_geometry).ReadFeatureCollection(text, "map.geojson");
        Assert.Equal(3, back.Features.Count);
    }

    [Fact]
    public void A_travel_time_threshold_is_drawn_with_its_straight_line_reach()
    {
        var scenario = Build();
        var options = new CoverageOptions { Thresholds = [CoverageThreshold.Parse("15min")] };
        var report = CoverageAnalyzer.Analyze(scenario, options);

        Assert.Equal(5000, ServiceAreaMap.RadiusMetres(report.Thresholds[0], options.TravelTimesFor(scenario)), 6);
        var area = Map.Area(scenario, report, 0, options);
        Assert.True(area.Contains(_geometry.CreatePoint(At(9.9))));
        Assert.False(area.Contains(_geometry.CreatePoint(At(10.2))));
    }

    [Fact]
    public void The_area_is_clipped_to_the_county_outline()
    {
        // An outline that ends 1 km north of O1 (km 5): nothing beyond it, and nothing of township 2.
        var south = At(-2).Lat;
        var north = At(6).Lat;
        var boundary = $$"""{"type":"Polygon","coordinates":[[[107.9,{{south}}],[108.1,{{south}}],[108.1,{{north}}],[107.9,{{north}}],[107.9,{{south}}]]]}""";
        var scenario = Build(boundary);
        var options = new CoverageOptions { Thresholds = [CoverageThreshold.Parse("3km")] };
        var report = CoverageAnalyzer.Analyze(scenario, options);
        var area = Map.Area(scenario, report, 0, options);

        // Within 1e-6° (0.1 m): the outline is densified before it is projected.
        Assert.True(area.EnvelopeInternal.MaxY <= north + 1e-6, $"{area.EnvelopeInternal.MaxY - north:E3}");
        Assert.True(area.EnvelopeInternal.MinY >= south - 1e-6, $"{south - area.EnvelopeInternal.MinY:E3}");
        Assert.True(area.Contains(_geometry.CreatePoint(At(5.5))));
        Assert.False(area.Intersects(_geometry.CreatePoint(At(7))));
        Assert.IsType<Polygon>(area);
    }
}
