using Logistics.Core.Units;
using Logistics.Spatial.Coverage;

namespace Logistics.Spatial.Tests.Coverage;

public class CoverageThresholdTests
{
    [Theory]
    [InlineData("3km", CoverageThresholdKind.Distance, 3000, "3 km")]
    [InlineData(" 1.5 km ", CoverageThresholdKind.Distance, 1500, "1.5 km")]
    [InlineData("500m", CoverageThresholdKind.Distance, 500, "500 m")]
    [InlineData("3公里", CoverageThresholdKind.Distance, 3000, "3 km")]
    [InlineData("15min", CoverageThresholdKind.TravelTime, 900, "15 min")]
    [InlineData("15 分钟", CoverageThresholdKind.TravelTime, 900, "15 min")]
    [InlineData("1h", CoverageThresholdKind.TravelTime, 3600, "60 min")]
    [InlineData("90s", CoverageThresholdKind.TravelTime, 90, "90 s")]
    [InlineData("0km", CoverageThresholdKind.Distance, 0, "0 m")]
    public void Parses_distances_and_times(string text, CoverageThresholdKind kind, long value, string shown)
    {
        Assert.True(CoverageThreshold.TryParse(text, out var t, out var error), error);
        Assert.Equal(kind, t.Kind);
        Assert.Equal(value, t.Value);
        Assert.Equal(shown, t.ToString());
        Assert.Equal(t, CoverageThreshold.Parse(t.ToString()));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("3 miles")]
    [InlineData("-1km")]
    [InlineData("km")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1e12km")]
    public void Rejects_anything_else_with_a_reason(string? text)
    {
        Assert.False(CoverageThreshold.TryParse(text, out _, out var error));
        Assert.Contains("invalid threshold", error);
    }

    [Fact]
    public void A_distance_threshold_looks_at_the_distance_and_a_time_threshold_at_the_time()
    {
        var km = CoverageThreshold.Within(new Metres(3000));
        var min = CoverageThreshold.Within(new Seconds(900));

        Assert.True(km.Covers(new Metres(3000), new Seconds(99_999)));
        Assert.False(km.Covers(new Metres(3001), Seconds.Zero));
        Assert.True(min.Covers(new Metres(99_999), new Seconds(900)));
        Assert.False(min.Covers(Metres.Zero, new Seconds(901)));
        Assert.Equal(3000, km.Distance.Value);
        Assert.Throws<InvalidOperationException>(() => km.Time);
        Assert.Throws<InvalidOperationException>(() => min.Distance);
    }
}
