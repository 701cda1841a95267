using Logistics.Core.Geo;
using Logistics.Spatial.Roads.Osrm;
using Logistics.Spatial.Tests.Roads.Osrm;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Tests.Travel;

public class OsrmTravelTimeProviderTests
{
    [Fact]
    public void Table_and_route_come_from_the_server_through_the_interface()
    {
        var fake = new OsrmClientTests.FakeOsrm(unreachable: (a, b) => a != b && (a == 4 || b == 4));
        ITravelTimeProvider provider = new OsrmTravelTimeProvider(
            new OsrmClient(new HttpClient(fake), new OsrmOptions(new Uri("http://osrm.test/"), MaxTableSize: 4, InitialBackoff: TimeSpan.Zero)));
        var sites = OsrmClientTests.Sites(5);

        var m = provider.Matrix(sites, TestContext.Current.CancellationToken);

        Assert.True(provider.FollowsRoads);
        Assert.Contains("osrm.test", provider.Description);
        Assert.Equal(9, fake.Requests.Count); // 3 × 3 blocks of 2 sources and 2 destinations
        Assert.Equal((long)Math.Round(100.4 * 3 + 7), m.Duration(0, 3)!.Value.Value);
        Assert.Equal(8, m.Unreachable.Count); // site 4 to and from the four others
        Assert.All(m.Unreachable, p => Assert.True(p.From == 4 || p.To == 4));
    }

    [Fact]
    public void Route_geometry_is_the_servers_line()
    {
        const string json = "{\"code\":\"Ok\",\"routes\":[{\"duration\":60.2,\"distance\":900.7,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[107.1,30.1],[107.105,30.102],[107.11,30.1]]}}],\"waypoints\":[]}";
        var fake = new OsrmClientTests.FakeOsrm(interfere: _ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(json) });
        ITravelTimeProvider provider = new OsrmTravelTimeProvider(new OsrmClient(new HttpClient(fake), new OsrmOptions(new Uri("http://osrm.test/"))));

        var path = provider.Path(new GeoPoint(107.1, 30.1), new GeoPoint(107.11, 30.1), TestContext.Current.CancellationToken)!;

        Assert.Equal((60L, 901L), (path.Duration.Value, path.Distance.Value));
        Assert.Equal(3, path.Geometry.Count);
    }
}
