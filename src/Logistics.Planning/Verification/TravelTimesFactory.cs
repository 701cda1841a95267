using Logistics.Planning.Network;
using Logistics.Spatial.Roads.Osrm;
using Logistics.Spatial.Roads.Routing;
using Logistics.Spatial.Travel;

namespace Logistics.Planning.Verification;

/// <summary>
/// Picks the travel-time source from <see cref="TravelSettings"/>: the road graph file when one is configured (loaded
/// once, here), else the OSRM server, else the straight line from each scenario's own parameters. Hosts make one at
/// start-up (the web app registers it as a singleton) and ask it per scenario. Thread-safe.
/// </summary>
public sealed class TravelTimesFactory
{
    private readonly ITravelTimeProvider? _roads;

    /// <param name="settings">What to load.</param>
    /// <param name="http">The HTTP client for OSRM (the caller owns it); when null the factory makes its own.</param>
    /// <exception cref="Core.Errors.DataValidationException">The graph file is not a road graph, another version, or damaged.</exception>
    /// <exception cref="FileNotFoundException">The graph file does not exist.</exception>
    public TravelTimesFactory(TravelSettings settings, HttpClient? http = null)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        if (!string.IsNullOrWhiteSpace(settings.RoadGraphPath))
        {
            _roads = RoadGraphTravelTimeProvider.Load(
                settings.RoadGraphPath, new RoadRouterOptions(settings.MaxSnapMetres, AccessSpeedKmh: settings.AccessSpeedKmh));
        }
        else if (!string.IsNullOrWhiteSpace(settings.OsrmUrl))
        {
            var url = settings.OsrmUrl.EndsWith('/') ? settings.OsrmUrl : settings.OsrmUrl + "/";
            _roads = new OsrmTravelTimeProvider(new OsrmClient(
                http ?? new HttpClient { Timeout = TimeSpan.FromMinutes(2) },
                new OsrmOptions(new Uri(url, UriKind.Absolute), MaxTableSize: settings.OsrmMaxTableSize)));
        }
    }

    /// <summary>A factory for a provider already made (tests, hosts that build their own).</summary>
    public TravelTimesFactory(ITravelTimeProvider roads, double snapWarningMetres = TravelWarnings.DefaultSnapWarningMetres)
    {
        _roads = roads ?? throw new ArgumentNullException(nameof(roads));
        Settings = new TravelSettings { SnapWarningMetres = snapWarningMetres };
    }

    public TravelSettings Settings { get; }

    /// <summary>The road provider (graph or OSRM); null when travel times are straight-line estimates.</summary>
    public ITravelTimeProvider? Roads => _roads;

    /// <summary>The straight-line provider of a scenario: great circle × its circuity factor at its average speed.</summary>
    public static StraightLineTravelTimeProvider StraightLine(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new StraightLineTravelTimeProvider(scenario.Parameters.CircuityFactor, scenario.Parameters.AverageSpeedKmh);
    }

    /// <summary>The road provider when configured, else the scenario's straight line.</summary>
    public ITravelTimeProvider ProviderFor(Scenario scenario) => _roads ?? StraightLine(scenario);

    /// <summary>
    /// Site-to-site travel for the line planner and the verifier: a <see cref="MatrixTravelTimes"/> over all sites of
    /// the scenario when roads are configured (check its <see cref="MatrixTravelTimes.Warnings"/>), else
    /// <see cref="StraightLineTravelTimes"/> (exactly the numbers the verifier has always used).
    /// </summary>
    public ITravelTimes TravelTimesFor(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return _roads is null
            ? new StraightLineTravelTimes(scenario)
            : MatrixTravelTimes.Build(scenario, _roads, Settings.SnapWarningMetres, cancellationToken);
    }
}
