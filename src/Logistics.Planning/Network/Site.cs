using Logistics.Core.Geo;
using Logistics.Core.Ids;

namespace Logistics.Planning.Network;

/// <summary>
/// A site in the county network. Immutable; build sites through <see cref="ScenarioBuilder"/>, which validates them.
/// </summary>
public sealed record Site
{
    public required SiteId Id { get; init; }

    /// <summary>The Chinese name as the county writes it.</summary>
    public required string Name { get; init; }

    public required SiteTier Tier { get; init; }

    /// <summary>The 9-digit NBS township code (乡镇代码) the site belongs to; empty for the hub when not known.</summary>
    public string TownshipCode { get; init; } = string.Empty;

    /// <summary>WGS84 / CGCS2000 location.</summary>
    public required GeoPoint Location { get; init; }

    /// <summary>True when the location is an estimate (for example placed inside the township's area), not surveyed.</summary>
    public bool LocationEstimated { get; init; }

    public OpeningHours OpeningHours { get; init; } = OpeningHours.Default;

    public WeeklyDemand Demand { get; init; } = WeeklyDemand.None;

    /// <summary>Visits a week the site must get from the lines (0 for sites that are not served by lines).</summary>
    public int RequiredVisitsPerWeek { get; init; }

    /// <summary>Resident population (常住人口) of the village the site serves or represents.</summary>
    public int Population { get; init; }

    /// <summary>Households (户数).</summary>
    public int Households { get; init; }

    /// <summary>For a village outlet or village: the 12-digit village code (村级代码) when known.</summary>
    public string VillageCode { get; init; } = string.Empty;
}
