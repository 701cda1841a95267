using Logistics.Core.Geo;

namespace Logistics.Core.Tests.Geo;

public class CoordinateSystemNamesTests
{
    [Theory]
    [InlineData("WGS84", CoordinateSystem.Wgs84)]
    [InlineData(" epsg:4326 ", CoordinateSystem.Wgs84)]
    [InlineData("CGCS2000", CoordinateSystem.Cgcs2000)]
    [InlineData("gcj-02", CoordinateSystem.Gcj02)]
    [InlineData("高德", CoordinateSystem.Gcj02)]
    [InlineData("BD09", CoordinateSystem.Bd09)]
    [InlineData("百度", CoordinateSystem.Bd09)]
    public void Parses_common_spellings(string text, CoordinateSystem expected)
    {
        Assert.True(CoordinateSystemNames.TryParse(text, out var cs));
        Assert.Equal(expected, cs);
    }

    [Theory]
    [InlineData("WGS-85")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_unknown_names(string? text) => Assert.False(CoordinateSystemNames.TryParse(text, out _));

    [Fact]
    public void Names_round_trip()
    {
        foreach (var cs in Enum.GetValues<CoordinateSystem>())
        {
            Assert.True(CoordinateSystemNames.TryParse(CoordinateSystemNames.ToName(cs), out var back));
            Assert.Equal(cs, back);
        }
    }

    [Fact]
    public void Geo_point_checks_ranges()
    {
        Assert.True(new GeoPoint(107.3, 30.3).IsValidWgs84);
        Assert.False(new GeoPoint(30.3, 107.3).IsValidWgs84);
        Assert.False(new GeoPoint(double.NaN, 1).IsValidWgs84);
    }
}
