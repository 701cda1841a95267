using System.Text.Json.Serialization;

namespace Logistics.Planning.Serialization;

/// <summary>JSON form of <see cref="Network.Site"/>; coordinates are WGS84.</summary>
public sealed class SiteDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>hub | station | outlet | candidate | village.</summary>
    public string Tier { get; set; } = string.Empty;

    public string TownshipCode { get; set; } = string.Empty;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public string? VillageCode { get; set; }

    public double Lon { get; set; }

    public double Lat { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool LocationEstimated { get; set; }

    /// <summary>HH:mm.</summary>
    public string Open { get; set; } = "08:00";

    /// <summary>HH:mm.</summary>
    public string Close { get; set; } = "18:00";

    public int VisitsPerWeek { get; set; }

    public int Population { get; set; }

    public int Households { get; set; }

    /// <summary>Absent when the site has no demand.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DemandDocument? Demand { get; set; }
}
