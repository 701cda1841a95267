namespace Logistics.Spatial.GeoJson;

/// <summary>A GeoJSON FeatureCollection: features in file order.</summary>
public sealed class GeoJsonFeatureCollection
{
    public GeoJsonFeatureCollection(IEnumerable<GeoJsonFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Features = features.ToArray();
    }

    public IReadOnlyList<GeoJsonFeature> Features { get; }
}
