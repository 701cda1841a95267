using System.Globalization;
using System.Net;
using System.Text;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Spatial.Roads.Osrm;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Tests.Roads.Osrm;

public sealed class OsrmClientTests
{
    private static readonly Uri Server = new("http://osrm.test/");

    internal static List<GeoPoint> Sites(int n) =>
        Enumerable.Range(0, n).Select(i => new GeoPoint(107.0 + i * 0.01, 30.0)).ToList();

    /// <summary>A fake OSRM: duration = 100·|i − j| + 7 s (by site longitude), distance = 1000·|i − j| m, answers per the request's sources/destinations.</summary>
    internal sealed class FakeOsrm(Func<int, HttpResponseMessage?>? interfere = null, Func<int, int, bool>? unreachable = null) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            if (interfere?.Invoke(Requests.Count) is { } bad)
            {
                return Task.FromResult(bad);
            }

            var path = request.RequestUri!.AbsolutePath;
            var coords = path[(path.LastIndexOf('/') + 1)..].Split(';')
                .Select(c => (int)Math.Round((double.Parse(c.Split(',')[0], CultureInfo.InvariantCulture) - 107.0) / 0.01)).ToArray();
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
            var sources = query["sources"]!.Split(';').Select(int.Parse).ToArray();
            var destinations = query["destinations"]!.Split(';').Select(int.Parse).ToArray();
            string Row(Func<int, int, string> cell, int s) => "[" + string.Join(',', destinations.Select(d => cell(coords[s], coords[d]))) + "]";
            string Matrix(Func<int, int, string> cell) => "[" + string.Join(',', sources.Select(s => Row(cell, s))) + "]";
            string Duration(int a, int b) => unreachable?.Invoke(a, b) == true ? "null" : (100.4 * Math.Abs(a - b) + 7).ToString(CultureInfo.InvariantCulture);
            string Distance(int a, int b) => unreachable?.Invoke(a, b) == true ? "null" : (1000 * Math.Abs(a - b)).ToString(CultureInfo.InvariantCulture);
            string Waypoints(int[] indexes) => "[" + string.Join(',', indexes.Select(s => $"{{\"distance\": {(coords[s] == 3 ? 2500 : 12.5)}, \"location\": [0,0]}}")) + "]";
            var json = $"{{\"code\":\"Ok\",\"durations\":{Matrix(Duration)},\"distances\":{Matrix(Distance)},\"sources\":{Waypoints(sources)},\"destinations\":{Waypoints(destinations)}}}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }

    [Fact]
    public async Task Large_tables_are_split_into_blocks_and_reassembled()
    {
        var fake = new FakeOsrm();
        var client = new OsrmClient(new HttpClient(fake), new OsrmOptions(Server, MaxTableSize: 4, InitialBackoff: TimeSpan.Zero));
        var sites = Sites(7);

        var table = await client.TableAsync(sites, sites, TestContext.Current.CancellationToken);

        Assert.Equal(16, fake.Requests.Count); // blocks of 2 sources × 2 destinations: 4 × 4
        Assert.All(fake.Requests, r => Assert.True(r.AbsolutePath.Split(';').Length <= 4));
        for (var i = 0; i < 7; i++)
        {
            for (var j = 0; j < 7; j++)
            {
                Assert.Equal((long)Math.Round(100.4 * Math.Abs(i - j) + 7), table.Duration(i, j)!.Value.Value);
                Assert.Equal(1000 * Math.Abs(i - j), table.Distance(i, j)!.Value.Value);
            }
        }

        Assert.Equal(2500, table.SourceSnapMetres[3]);
        Assert.Equal(2500, table.TargetSnapMetres[3]);
        Assert.Equal(12.5, table.TargetSnapMetres[6]);
        Assert.StartsWith("/table/v1/driving/107,30;", fake.Requests[0].AbsolutePath);
    }

    [Fact]
    public async Task Rectangular_tables_keep_sources_and_targets_apart()
    {
        var fake = new FakeOsrm();
        var client = new OsrmClient(new HttpClient(fake), new OsrmOptions(Server, MaxTableSize: 5, InitialBackoff: TimeSpan.Zero));
        var all = Sites(9);
        var sources = all.Take(3).ToList();
        var targets = all.Skip(3).ToList();

        var table = await client.TableAsync(sources, targets, TestContext.Current.CancellationToken);

        // 2 sources + 3 targets per request: 2 source blocks × 2 target blocks.
        Assert.Equal(4, fake.Requests.Count);
        Assert.Equal((3, 6), (table.SourceCount, table.TargetCount));
        Assert.Equal((long)Math.Round(100.4 * 8 + 7), table.Duration(0, 5)!.Value.Value);
        Assert.Equal(1000, table.Distance(2, 0)!.Value.Value);
        Assert.Equal(2500, table.TargetSnapMetres[0]); // site 3 is the first target
    }

    [Fact]
    public async Task Null_cells_are_unreachable_pairs()
    {
        var fake = new FakeOsrm(unreachable: (a, b) => a != b && (a == 2 || b == 2));
        var client = new OsrmClient(new HttpClient(fake), new OsrmOptions(Server, InitialBackoff: TimeSpan.Zero));

        var sites = Sites(3);
        var table = await client.TableAsync(sites, sites, TestContext.Current.CancellationToken);

        Assert.Null(table.Duration(0, 2));
        Assert.Null(table.Distance(2, 1));
        Assert.Equal(7, table.Duration(2, 2)!.Value.Value);
        Assert.Equal([new TravelPair(0, 2), new TravelPair(1, 2), new TravelPair(2, 0), new TravelPair(2, 1)], table.Unreachable);
    }

    [Fact]
    public async Task Transient_failures_are_retried()
    {
        var fake = new FakeOsrm(interfere: k => k switch
        {
            1 => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            2 => new HttpResponseMessage(HttpStatusCode.TooManyRequests),
            _ => null,
        });
        var client = new OsrmClient(new HttpClient(fake), new OsrmOptions(Server, MaxAttempts: 3, InitialBackoff: TimeSpan.Zero));

        var table = await client.TableAsync(Sites(2), Sites(2), TestContext.Current.CancellationToken);

        Assert.Equal(3, client.RequestCount);
        Assert.Equal(107, table.Duration(0, 1)!.Value.Value);
    }

    [Fact]
    public async Task A_hanging_attempt_times_out_and_is_retried()
    {
        var slow = new HangingFirstRequest(new FakeOsrm());
        var client = new OsrmClient(new HttpClient(slow), new OsrmOptions(Server, MaxAttempts: 2, InitialBackoff: TimeSpan.Zero, AttemptTimeout: TimeSpan.FromMilliseconds(200)));

        var table = await client.TableAsync(Sites(2), Sites(2), TestContext.Current.CancellationToken);

        Assert.Equal(2, client.RequestCount);
        Assert.Equal(107, table.Duration(0, 1)!.Value.Value);
    }

    [Fact]
    public async Task Attempts_that_all_time_out_fail_with_a_message()
    {
        var slow = new HangingFirstRequest(new FakeOsrm(), hangAll: true);
        var client = new OsrmClient(new HttpClient(slow), new OsrmOptions(Server, MaxAttempts: 2, InitialBackoff: TimeSpan.Zero, AttemptTimeout: TimeSpan.FromMilliseconds(100)));

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.TableAsync(Sites(2), Sites(2), TestContext.Current.CancellationToken));
        Assert.Contains("after 2 attempt(s): timeout", ex.Message);
    }

    /// <summary>Hangs (until cancelled) on the first request, or on every one, then answers through the inner fake.</summary>
    private sealed class HangingFirstRequest(HttpMessageHandler inner, bool hangAll = false) : DelegatingHandler(inner)
    {
        private int _count;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _count) == 1 || hangAll)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task Persistent_failures_give_up_after_the_attempts()
    {
        var fake = new FakeOsrm(interfere: _ => new HttpResponseMessage(HttpStatusCode.BadGateway));
        var client = new OsrmClient(new HttpClient(fake), new OsrmOptions(Server, MaxAttempts: 2, InitialBackoff: TimeSpan.Zero));

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.TableAsync(Sites(2), Sites(2), TestContext.Current.CancellationToken));
        Assert.Contains("after 2 attempt(s)", ex.Message);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task Osrm_error_codes_are_data_errors_and_not_retried()
    {
        var fake = new FakeOsrm(interfere: _ => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("{\"code\":\"NoSegment\",\"message\":\"Could not find a matching segment for coordinate 1\"}"),
        });
        var client = new OsrmClient(new HttpClient(fake), new OsrmOptions(Server, InitialBackoff: TimeSpan.Zero));

        var ex = await Assert.ThrowsAsync<DataValidationException>(() => client.TableAsync(Sites(2), Sites(2), TestContext.Current.CancellationToken));
        Assert.Equal("osrm.NoSegment", Assert.Single(ex.Errors).Code);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Route_returns_time_length_and_line()
    {
        const string json = "{\"code\":\"Ok\",\"routes\":[{\"duration\":612.6,\"distance\":8123.4,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[107.1,30.1],[107.12,30.11],[107.15,30.12]]}}],\"waypoints\":[]}";
        var fake = new FakeOsrm(interfere: _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json) });
        var client = new OsrmClient(new HttpClient(fake), new OsrmOptions(Server, InitialBackoff: TimeSpan.Zero));

        var route = await client.RouteAsync(new GeoPoint(107.1, 30.1), new GeoPoint(107.15, 30.12), TestContext.Current.CancellationToken);

        Assert.NotNull(route);
        Assert.Equal(613, route.Duration.Value);
        Assert.Equal(8123, route.Length.Value);
        Assert.Equal([new GeoPoint(107.1, 30.1), new GeoPoint(107.12, 30.11), new GeoPoint(107.15, 30.12)], route.Geometry);
        Assert.Equal("/route/v1/driving/107.1,30.1;107.15,30.12", fake.Requests[0].AbsolutePath);
        Assert.Contains("geometries=geojson", fake.Requests[0].Query);
    }

    [Fact]
    public async Task Route_without_a_path_is_null()
    {
        var fake = new FakeOsrm(interfere: _ => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("{\"code\":\"NoRoute\",\"message\":\"Impossible route between points\"}") });
        var client = new OsrmClient(new HttpClient(fake), new OsrmOptions(Server, InitialBackoff: TimeSpan.Zero));

        Assert.Null(await client.RouteAsync(new GeoPoint(107.1, 30.1), new GeoPoint(108, 31), TestContext.Current.CancellationToken));
    }
}
