using Logistics.Core.Ids;

namespace Logistics.Planning.Network;

/// <summary>
/// A scenario: the county network, the fleet and the planning parameters. Immutable and valid by construction:
/// the only way to make one is <see cref="ScenarioBuilder.Build"/>.
/// </summary>
public sealed class Scenario
{
    private readonly Dictionary<SiteId, Site> _byId;

    internal Scenario(
        string name,
        string countyCode,
        string countyName,
        IReadOnlyList<Site> sites,
        IReadOnlyList<VehicleType> vehicleTypes,
        ScenarioParameters parameters,
        string? boundaryGeoJson)
    {
        Name = name;
        CountyCode = countyCode;
        CountyName = countyName;
        Sites = sites;
        VehicleTypes = vehicleTypes;
        Parameters = parameters;
        BoundaryGeoJson = boundaryGeoJson;
        _byId = sites.ToDictionary(s => s.Id);
    }

    public string Name { get; }

    /// <summary>The 6-digit NBS county code, e.g. 500231.</summary>
    public string CountyCode { get; }

    public string CountyName { get; }

    public IReadOnlyList<Site> Sites { get; }

    public IReadOnlyList<VehicleType> VehicleTypes { get; }

    public ScenarioParameters Parameters { get; }

    /// <summary>The county outline as a GeoJSON geometry (WGS84), when known.</summary>
    public string? BoundaryGeoJson { get; }

    public Site? Hub => Sites.FirstOrDefault(s => s.Tier == SiteTier.CountyHub);

    public Site this[SiteId id] => _byId[id];

    public bool TryGetSite(SiteId id, out Site site) => _byId.TryGetValue(id, out site!);

    public IEnumerable<Site> SitesOf(SiteTier tier) => Sites.Where(s => s.Tier == tier);

    /// <summary>A builder holding a copy of this scenario, to derive a changed one.</summary>
    public ScenarioBuilder ToBuilder() => ScenarioBuilder.From(this);
}
