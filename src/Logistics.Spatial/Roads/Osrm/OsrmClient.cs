using System.Globalization;
using System.Net;
using System.Text.Json;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Roads.Routing;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Logistics.Spatial.Roads.Osrm;

/// <summary>
/// Client for the OSRM <c>table</c> and <c>route</c> services (http://project-osrm.org/docs/v5.24.0/api/). Large
/// matrices are split into blocks so that each request has at most <see cref="OsrmOptions.MaxTableSize"/>
/// coordinates (half sources, half destinations); blocks are requested one after the other. Transient failures
/// are retried with exponential backoff and each attempt has a time limit, through one Polly resilience pipeline
/// built with the client (a Retry-After header from the server sets the wait).
/// Coordinates are sent as WGS84 lon,lat — an OSRM server built from OSM data expects WGS84, never GCJ-02.
/// </summary>
public sealed class OsrmClient
{
    private readonly HttpClient _http;
    private readonly OsrmOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public OsrmClient(HttpClient http, OsrmOptions options, TimeProvider? timeProvider = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        if (options.MaxTableSize < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxTableSize must be at least 2.");
        }

        if (options.MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxAttempts must be at least 1.");
        }

        _pipeline = BuildPipeline(options, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Number of HTTP requests sent (including retries).</summary>
    public int RequestCount { get; private set; }

    /// <exception cref="DataValidationException">OSRM refused the input (e.g. <c>NoSegment</c>: a site far from any road).</exception>
    /// <exception cref="HttpRequestException">The server failed after all attempts.</exception>
    public async Task<OsrmTable> TableAsync(IReadOnlyList<RoadSite> sites, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var n = sites.Count;
        var seconds = new long[n * n];
        var metres = new long[n * n];
        var snap = new double[n];
        var block = Math.Max(1, _options.MaxTableSize / 2);
        for (var s0 = 0; s0 < n; s0 += block)
        {
            var sCount = Math.Min(block, n - s0);
            for (var d0 = 0; d0 < n; d0 += block)
            {
                var dCount = Math.Min(block, n - d0);
                using var doc = await RequestAsync(sites, s0, sCount, d0, dCount, cancellationToken).ConfigureAwait(false);
                var root = doc.RootElement;
                var durations = root.GetProperty("durations");
                var hasDistances = root.TryGetProperty("distances", out var distances);
                for (var i = 0; i < sCount; i++)
                {
                    for (var j = 0; j < dCount; j++)
                    {
                        var k = (s0 + i) * n + d0 + j;
                        var d = durations[i][j];
                        if (d.ValueKind == JsonValueKind.Null)
                        {
                            seconds[k] = metres[k] = -1;
                            continue;
                        }

                        seconds[k] = (long)Math.Round(d.GetDouble(), MidpointRounding.AwayFromZero);
                        metres[k] = hasDistances && distances[i][j].ValueKind == JsonValueKind.Number
                            ? (long)Math.Round(distances[i][j].GetDouble(), MidpointRounding.AwayFromZero)
                            : -1;
                    }
                }

                if (d0 == 0)
                {
                    var sources = root.GetProperty("sources");
                    for (var i = 0; i < sCount; i++)
                    {
                        snap[s0 + i] = sources[i].TryGetProperty("distance", out var dist) ? dist.GetDouble() : 0;
                    }
                }
            }
        }

        var warnings = new List<DataError>();
        for (var i = 0; i < n; i++)
        {
            if (snap[i] > _options.SnapWarningMetres)
            {
                warnings.Add(new DataError(
                    "roads.snap-far",
                    string.Create(CultureInfo.InvariantCulture, $"OSRM snapped the site to a road {snap[i]:0} m away (more than {_options.SnapWarningMetres:0} m); check the coordinates (GCJ-02 instead of WGS84?)."),
                    Entity: sites[i].Id.Value, Value: string.Create(CultureInfo.InvariantCulture, $"{snap[i]:0}"), Severity: DataErrorSeverity.Warning));
            }
        }

        var unreachable = new List<UnreachablePair>();
        for (var i = 0; i < n; i++)
        {
            var cannotReach = 0;
            var cannotBeReached = 0;
            for (var j = 0; j < n; j++)
            {
                if (seconds[i * n + j] < 0)
                {
                    unreachable.Add(new UnreachablePair(sites[i].Id, sites[j].Id));
                    cannotReach++;
                }

                if (seconds[j * n + i] < 0)
                {
                    cannotBeReached++;
                }
            }

            if (cannotReach + cannotBeReached > 0)
            {
                warnings.Add(new DataError(
                    "roads.unreachable",
                    $"OSRM found no route to {cannotReach} and from {cannotBeReached} of {n} sites.",
                    Entity: sites[i].Id.Value, Severity: DataErrorSeverity.Warning));
            }
        }

        return new OsrmTable(sites, snap, seconds, metres, unreachable, warnings);
    }

    /// <summary>The fastest route between two WGS84 points with its full line; null when OSRM finds no route.</summary>
    /// <exception cref="DataValidationException">OSRM refused the input (e.g. <c>NoSegment</c>).</exception>
    /// <exception cref="HttpRequestException">The server failed after all attempts.</exception>
    public async Task<OsrmRoute?> RouteAsync(GeoPoint from, GeoPoint to, CancellationToken cancellationToken = default)
    {
        var query = $"route/v1/{Uri.EscapeDataString(_options.Profile)}/{Coordinates([from, to])}?overview=full&geometries=geojson";
        JsonDocument doc;
        try
        {
            doc = await RequestAsync(query, cancellationToken).ConfigureAwait(false);
        }
        catch (DataValidationException ex) when (ex.Errors.Count == 1 && ex.Errors[0].Code == "osrm.NoRoute")
        {
            return null;
        }

        using (doc)
        {
            var routes = doc.RootElement.GetProperty("routes");
            if (routes.GetArrayLength() == 0)
            {
                return null;
            }

            var route = routes[0];
            var line = route.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
                .Select(c => new GeoPoint(c[0].GetDouble(), c[1].GetDouble())).ToArray();
            return new OsrmRoute(
                new Seconds((long)Math.Round(route.GetProperty("duration").GetDouble(), MidpointRounding.AwayFromZero)),
                new Metres((long)Math.Round(route.GetProperty("distance").GetDouble(), MidpointRounding.AwayFromZero)),
                line);
        }
    }

    private static string Coordinates(IEnumerable<GeoPoint> points) =>
        string.Join(';', points.Select(p =>
            p.Lon.ToString("0.######", CultureInfo.InvariantCulture) + "," + p.Lat.ToString("0.######", CultureInfo.InvariantCulture)));

    private Task<JsonDocument> RequestAsync(IReadOnlyList<RoadSite> sites, int s0, int sCount, int d0, int dCount, CancellationToken cancellationToken)
    {
        var points = Enumerable.Range(s0, sCount).Concat(Enumerable.Range(d0, dCount)).Select(i => sites[i].Location);
        var query = $"table/v1/{Uri.EscapeDataString(_options.Profile)}/{Coordinates(points)}?annotations=duration,distance"
            + $"&sources={string.Join(';', Enumerable.Range(0, sCount))}&destinations={string.Join(';', Enumerable.Range(sCount, dCount))}";
        return RequestAsync(query, cancellationToken);
    }

    private async Task<JsonDocument> RequestAsync(string query, CancellationToken cancellationToken)
    {
        var uri = new Uri(_options.BaseUrl, query);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    RequestCount++;
                    return await _http.GetAsync(uri, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            throw new HttpRequestException($"OSRM request failed after {_options.MaxAttempts} attempt(s): {ex.Message}.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new HttpRequestException($"OSRM request failed after {_options.MaxAttempts} attempt(s): timeout after {_options.Timeout.TotalSeconds:0.#} s.", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.BadRequest)
            {
                return Parse(body, response.StatusCode);
            }

            var failure = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            throw IsTransient(response.StatusCode)
                ? new HttpRequestException($"OSRM request failed after {_options.MaxAttempts} attempt(s): {failure}.", null, response.StatusCode)
                : new HttpRequestException($"OSRM request failed: {failure}.", null, response.StatusCode);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>Retries (network errors, attempt timeouts, HTTP 429 and 5xx) around a per-attempt timeout.</summary>
    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(OsrmOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = options.Backoff,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>(ex => ex.StatusCode is null)
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.Headers.RetryAfter?.Delta),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        return builder.AddTimeout(options.Timeout).Build();
    }

    private static JsonDocument Parse(string body, HttpStatusCode status)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException($"OSRM returned invalid JSON (HTTP {(int)status}): {ex.Message}");
        }

        var code = doc.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        if (code != "Ok")
        {
            var message = doc.RootElement.TryGetProperty("message", out var m) ? m.GetString() : null;
            doc.Dispose();
            throw new DataValidationException([new DataError($"osrm.{code ?? "unknown"}", $"OSRM refused the request: {message ?? code ?? "no code"}.")]);
        }

        return doc;
    }
}
