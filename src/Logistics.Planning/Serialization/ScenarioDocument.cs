using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Logistics.Planning.Serialization;

/// <summary>
/// The stable JSON form of a scenario (<c>format: "logistics-scenario/1"</c>). Field names are camelCase; demand
/// is stored as eight arrays of seven numbers (Monday first): <c>consumerKg</c>, <c>consumerM3</c>,
/// <c>inputsKg</c>, <c>inputsM3</c>, <c>parcelsKg</c>, <c>parcelsM3</c>, <c>produceKg</c>, <c>produceM3</c>.
/// </summary>
public sealed class ScenarioDocument
{
    public const string CurrentFormat = "logistics-scenario/1";

    [JsonPropertyOrder(0)]
    public string Format { get; set; } = CurrentFormat;

    [JsonPropertyOrder(1)]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyOrder(2)]
    public string CountyCode { get; set; } = string.Empty;

    [JsonPropertyOrder(3)]
    public string CountyName { get; set; } = string.Empty;

    [JsonPropertyOrder(4)]
    public ParametersDocument Parameters { get; set; } = new();

    [JsonPropertyOrder(5)]
    public List<VehicleTypeDocument> VehicleTypes { get; set; } = [];

    [JsonPropertyOrder(6)]
    public List<SiteDocument> Sites { get; set; } = [];

    /// <summary>The county outline, a GeoJSON geometry in WGS84.</summary>
    [JsonPropertyOrder(7)]
    public JsonNode? Boundary { get; set; }
}
