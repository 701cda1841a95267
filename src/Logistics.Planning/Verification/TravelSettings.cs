namespace Logistics.Planning.Verification;

/// <summary>
/// Where travel times come from, as configuration (bindable from <c>appsettings.json</c> section <c>Travel</c> or from
/// CLI options): a road graph file from <c>roads build</c>, or an OSRM server, or neither (the straight line × the
/// scenario's circuity at its average speed). Used by <see cref="TravelTimesFactory"/>.
/// </summary>
public sealed record TravelSettings
{
    /// <summary>A graph file written by <c>roads build</c>; null or empty for none.</summary>
    public string? RoadGraphPath { get; init; }

    /// <summary>An OSRM server root (e.g. <c>http://localhost:5000/</c>); used when no graph file is given.</summary>
    public string? OsrmUrl { get; init; }

    /// <summary>OSRM's <c>--max-table-size</c>: coordinates per table request.</summary>
    public int OsrmMaxTableSize { get; init; } = 100;

    /// <summary>When set, the straight leg between each site and its road is added at this speed (km/h; road graph only).</summary>
    public double? AccessSpeedKmh { get; init; }

    /// <summary>A site farther than this from its road is warned about.</summary>
    public double SnapWarningMetres { get; init; } = TravelWarnings.DefaultSnapWarningMetres;

    /// <summary>A site with no road within this distance is off the network (road graph only).</summary>
    public double MaxSnapMetres { get; init; } = 50_000;

    /// <summary>True when neither a graph nor a server is configured.</summary>
    public bool IsStraightLine => string.IsNullOrWhiteSpace(RoadGraphPath) && string.IsNullOrWhiteSpace(OsrmUrl);
}
