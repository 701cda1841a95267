namespace Logistics.Spatial.Roads.Osrm;

/// <summary>Where and how to call an OSRM server (self-hosted with a China/Chongqing extract; the public demo server is not for production).</summary>
/// <param name="BaseUrl">Server root, e.g. http://localhost:5000/.</param>
/// <param name="Profile">OSRM profile name in the URL ("driving").</param>
/// <param name="MaxTableSize">The server's <c>--max-table-size</c> (coordinates per table request; OSRM's default is 100).</param>
/// <param name="MaxAttempts">Attempts per request for transient failures (network errors, timeouts, HTTP 429 and 5xx).</param>
/// <param name="InitialBackoff">Wait before the second attempt; doubled each time (a Retry-After header wins).</param>
/// <param name="AttemptTimeout">Time limit of one attempt (default 30 s); a timed-out attempt is retried.</param>
public sealed record OsrmOptions(
    Uri BaseUrl,
    string Profile = "driving",
    int MaxTableSize = 100,
    int MaxAttempts = 4,
    TimeSpan? InitialBackoff = null,
    TimeSpan? AttemptTimeout = null)
{
    public TimeSpan Backoff => InitialBackoff ?? TimeSpan.FromMilliseconds(500);

    public TimeSpan Timeout => AttemptTimeout ?? TimeSpan.FromSeconds(30);
}
