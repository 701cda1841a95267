using Logistics.Core.Errors;
using Logistics.Core.Ids;

namespace Logistics.Planning.Network;

/// <summary>
/// The mutable way into a <see cref="Scenario"/>. <see cref="Build"/> checks everything and reports every
/// problem at once, each naming the entity and the field.
/// </summary>
public sealed class ScenarioBuilder
{
    private readonly List<Site> _sites = [];
    private readonly List<VehicleType> _vehicleTypes = [];

    public string Name { get; set; } = "scenario";

    public string CountyCode { get; set; } = string.Empty;

    public string CountyName { get; set; } = string.Empty;

    public ScenarioParameters Parameters { get; set; } = ScenarioParameters.Default;

    public string? BoundaryGeoJson { get; set; }

    public IReadOnlyList<Site> Sites => _sites;

    public IReadOnlyList<VehicleType> VehicleTypes => _vehicleTypes;

    public static ScenarioBuilder From(Scenario scenario)
    {
        var b = new ScenarioBuilder
        {
            Name = scenario.Name,
            CountyCode = scenario.CountyCode,
            CountyName = scenario.CountyName,
            Parameters = scenario.Parameters,
            BoundaryGeoJson = scenario.BoundaryGeoJson,
        };
        b._sites.AddRange(scenario.Sites);
        b._vehicleTypes.AddRange(scenario.VehicleTypes);
        return b;
    }

    public ScenarioBuilder AddSite(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _sites.Add(site);
        return this;
    }

    public ScenarioBuilder AddSites(IEnumerable<Site> sites)
    {
        foreach (var s in sites)
        {
            AddSite(s);
        }

        return this;
    }

    /// <summary>Replaces the site with the same id, or adds it.</summary>
    public ScenarioBuilder SetSite(Site site)
    {
        var i = _sites.FindIndex(s => s.Id == site.Id);
        if (i >= 0)
        {
            _sites[i] = site;
        }
        else
        {
            _sites.Add(site);
        }

        return this;
    }

    public bool RemoveSite(SiteId id) => _sites.RemoveAll(s => s.Id == id) > 0;

    public ScenarioBuilder AddVehicleType(VehicleType vehicleType)
    {
        ArgumentNullException.ThrowIfNull(vehicleType);
        _vehicleTypes.Add(vehicleType);
        return this;
    }

    public bool RemoveVehicleType(VehicleTypeId id) => _vehicleTypes.RemoveAll(v => v.Id == id) > 0;

    /// <summary>Every problem that would stop <see cref="Build"/>, plus warnings.</summary>
    public IReadOnlyList<DataError> Validate() => ScenarioValidator.Validate(this);

    /// <summary>
    /// Leaves out the rows <see cref="BadRows"/> allows to go (a village with errors of its own, a vehicle type
    /// without vehicles) and returns their errors as warnings, in the order <see cref="Validate"/> found them; every
    /// other error stays for <see cref="Build"/> to report. Excluded rows are removed from the builder.
    /// </summary>
    public IReadOnlyList<DataError> ExcludeBadRows()
    {
        var errors = Validate();
        var sites = _sites.Where(s => BadRows.MayExclude(s.Tier)).Select(s => $"site {s.Id}").ToHashSet(StringComparer.Ordinal);
        var duplicate = errors.Where(e => e.Code == "duplicate-id").Select(e => e.Entity).ToHashSet(StringComparer.Ordinal);
        var excludedSites = errors
            .Where(e => e.Entity is { } entity && sites.Contains(entity) && !duplicate.Contains(entity) && BadRows.ExcludesSite(e))
            .Select(e => e.Entity!)
            .ToHashSet(StringComparer.Ordinal);
        var excludedTypes = errors
            .Where(e => e.Entity is { } entity && entity.StartsWith("vehicle type ", StringComparison.Ordinal) && !duplicate.Contains(entity) && BadRows.ExcludesVehicleType(e))
            .Select(e => e.Entity!)
            .ToHashSet(StringComparer.Ordinal);
        _sites.RemoveAll(s => excludedSites.Contains($"site {s.Id}"));
        _vehicleTypes.RemoveAll(v => excludedTypes.Contains($"vehicle type {v.Id}"));
        return errors
            .Where(e => e.Entity is { } entity && (excludedSites.Contains(entity) || excludedTypes.Contains(entity)))
            .Select(BadRows.AsExcluded)
            .ToList();
    }

    /// <summary>Builds the immutable scenario, or throws <see cref="DataValidationException"/> with every error.</summary>
    public Scenario Build()
    {
        var errors = new ErrorList();
        errors.AddRange(Validate());
        errors.ThrowIfAny();
        return new Scenario(
            Name.Trim(),
            CountyCode.Trim(),
            CountyName.Trim(),
            _sites.ToArray(),
            _vehicleTypes.ToArray(),
            Parameters,
            BoundaryGeoJson);
    }
}
