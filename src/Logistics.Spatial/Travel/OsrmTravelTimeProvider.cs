using System.Globalization;
using Logistics.Core.Geo;
using Logistics.Spatial.Roads.Osrm;

namespace Logistics.Spatial.Travel;

/// <summary>
/// Drive times from an OSRM server (<see cref="OsrmClient"/>: <c>table</c> in blocks under the server's size limit,
/// <c>route</c> with the full line, timeouts and retries). The interface is synchronous, so each call waits for its
/// HTTP requests (on the thread pool, never on a captured synchronisation context); call
/// <see cref="OsrmClient.TableAsync"/> directly where an asynchronous call is wanted.
/// </summary>
/// <exception cref="HttpRequestException">From every call, when the server fails after all attempts.</exception>
public sealed class OsrmTravelTimeProvider : ITravelTimeProvider
{
    private readonly OsrmClient _client;

    public OsrmTravelTimeProvider(OsrmClient client)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
    }

    public OsrmClient Client => _client;

    public string Description => string.Create(CultureInfo.InvariantCulture, $"OSRM {_client.Options.BaseUrl} ({_client.Options.Profile})");

    public bool FollowsRoads => true;

    public TravelMatrix Matrix(IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, CancellationToken cancellationToken = default) =>
        Task.Run(() => _client.TableAsync(sources, targets, cancellationToken), cancellationToken).GetAwaiter().GetResult();

    public TravelPath? Path(GeoPoint from, GeoPoint to, CancellationToken cancellationToken = default)
    {
        var route = Task.Run(() => _client.RouteAsync(from, to, cancellationToken), cancellationToken).GetAwaiter().GetResult();
        return route is null ? null : new TravelPath(route.Duration, route.Length, route.Geometry);
    }

    public override string ToString() => Description;
}
