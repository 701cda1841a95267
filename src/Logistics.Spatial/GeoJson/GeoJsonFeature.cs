using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.GeoJson;

/// <summary>
/// One GeoJSON feature: a geometry (or none), its properties in the order of the file, and an optional id.
/// The property values are private copies, so a feature does not change after it is made.
/// </summary>
public sealed class GeoJsonFeature
{
    public GeoJsonFeature(
        Geometry? geometry,
        IEnumerable<KeyValuePair<string, JsonNode?>>? properties = null,
        GeoJsonFeatureId? id = null)
    {
        Geometry = geometry;
        Id = id;
        var ordered = new OrderedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in properties ?? [])
        {
            if (!ordered.TryAdd(name, value?.DeepClone()))
            {
                throw new ArgumentException($"Property '{name}' is given twice.", nameof(properties));
            }
        }

        Properties = new ReadOnlyDictionary<string, JsonNode?>(ordered);
    }

    /// <summary>The geometry; null when the file has <c>"geometry": null</c> (an unlocated feature).</summary>
    public Geometry? Geometry { get; }

    public GeoJsonFeatureId? Id { get; }

    /// <summary>The properties in file order; a JSON null is a null value. Do not modify the nodes.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Properties { get; }

    /// <summary>
    /// A property as text: a string as is, a number or boolean as written in JSON; null when the property is missing
    /// or null. Objects and arrays give their JSON text.
    /// </summary>
    public string? GetString(string name)
    {
        if (!Properties.TryGetValue(name, out var node) || node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String ? node.Deserialize<string>() : node.ToJsonString();
    }

    /// <summary>A numeric property; a string holding an invariant-culture number (e.g. <c>"107.3"</c>) also counts.</summary>
    public bool TryGetDouble(string name, out double value)
    {
        value = double.NaN;
        if (!Properties.TryGetValue(name, out var node) || node is null)
        {
            return false;
        }

        switch (node.GetValueKind())
        {
            case JsonValueKind.Number:
                // The JSON text, so that values made in code (an int, a decimal) read the same as values read from a file.
                value = double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                return double.IsFinite(value);
            case JsonValueKind.String:
                return double.TryParse(node.Deserialize<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                    && double.IsFinite(value);
            default:
                return false;
        }
    }
}
