using System.Globalization;
using System.Net;
using System.Text.Json;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Spatial.Travel;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Logistics.Spatial.Roads.Osrm;

/// <summary>
/// Client for the OSRM <c>table</c> and <c>route</c> services (http://project-osrm.org/docs/v5.24.0/api/). Large
/// matrices are split into blocks so that each request has at most <see cref="OsrmOptions.MaxTableSize"/>
/// coordinates (half sources, half destinations); blocks are requested one after the other. Use it through
/// <see cref="OsrmTravelTimeProvider"/> to plug OSRM into coverage, planning and the map. Transient failures
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

    private int _requestCount;

    public OsrmOptions Options => _options;

    /// <summary>Number of HTTP requests sent (including retries).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>
    /// Drive times and lengths from every source to every target, requested in blocks of at most
    /// <see cref="OsrmOptions.MaxTableSize"/> coordinates. Cells OSRM leaves null are unreachable pairs; the distance
    /// from each point to the road OSRM snapped it to is kept in the matrix.
    /// </summary>
    /// <exception cref="DataValidationException">OSRM refused the input (e.g. <c>NoSegment</c>: a point far from any road).</exception>
    /// <exception cref="HttpRequestException">The server failed after all attempts, or answered without distances.</exception>
    public async Task<TravelMatrix> TableAsync(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        int n = sources.Count, m = targets.Count;
        var seconds = new long[n * m];
        var metres = new long[n * m];
        var sourceSnap = new double?[n];
        var targetSnap = new double?[m];
        var sourceBlock = Math.Max(1, _options.MaxTableSize / 2);
        var targetBlock = Math.Max(1, _options.MaxTableSize - sourceBlock);
        for (var s0 = 0; s0 < n; s0 += sourceBlock)
        {
            var sCount = Math.Min(sourceBlock, n - s0);
            for (var d0 = 0; d0 < m; d0 += targetBlock)
            {
                var dCount = Math.Min(targetBlock, m - d0);
                using var doc = await RequestAsync(sources, s0, sCount, targets, d0, dCount, cancellationToken).ConfigureAwait(false);
                var root = doc.RootElement;
                var durations = root.GetProperty("durations");
                if (!root.TryGetProperty("distances", out var distances))
                {
                    throw new HttpRequestException("OSRM answered the table without distances; the server must support annotations=duration,distance (OSRM 5.20 or later).");
                }

                for (var i = 0; i < sCount; i++)
                {
                    for (var j = 0; j < dCount; j++)
                    {
                        var k = (s0 + i) * m + d0 + j;
                        var d = durations[i][j];
                        var l = distances[i][j];
                        if (d.ValueKind != JsonValueKind.Number || l.ValueKind != JsonValueKind.Number)
                        {
                            seconds[k] = metres[k] = -1;
                            continue;
                        }

                        seconds[k] = (long)Math.Round(d.GetDouble(), MidpointRounding.AwayFromZero);
                        metres[k] = (long)Math.Round(l.GetDouble(), MidpointRounding.AwayFromZero);
                    }
                }

                if (d0 == 0)
                {
                    ReadSnaps(root, "sources", sourceSnap, s0, sCount);
                }

                if (s0 == 0)
                {
                    ReadSnaps(root, "destinations", targetSnap, d0, dCount);
                }
            }
        }

        return new TravelMatrix(n, m, seconds, metres, sourceSnap, targetSnap);
    }

    private static void ReadSnaps(JsonElement root, string property, double?[] snaps, int first, int count)
    {
        var waypoints = root.TryGetProperty(property, out var w) && w.ValueKind == JsonValueKind.Array ? w : default;
        for (var i = 0; i < count; i++)
        {
            snaps[first + i] = waypoints.ValueKind == JsonValueKind.Array && i < waypoints.GetArrayLength()
                && waypoints[i].TryGetProperty("distance", out var dist) && dist.ValueKind == JsonValueKind.Number
                ? dist.GetDouble()
                : 0;
        }
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

    private Task<JsonDocument> RequestAsync(IReadOnlyList<GeoPoint> sources, int s0, int sCount, IReadOnlyList<GeoPoint> targets, int d0, int dCount, CancellationToken cancellationToken)
    {
        var points = Enumerable.Range(s0, sCount).Select(i => sources[i]).Concat(Enumerable.Range(d0, dCount).Select(j => targets[j]));
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
                    Interlocked.Increment(ref _requestCount);
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
