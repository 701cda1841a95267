namespace Logistics.Spatial.GeoJson;

/// <summary>
/// A GeoJSON feature's <c>id</c>: RFC 7946 allows a string or a number. <see cref="Text"/> is the string itself or
/// the number exactly as written, so that it is written back unchanged.
/// </summary>
public readonly record struct GeoJsonFeatureId(string Text, bool IsNumber)
{
    public static GeoJsonFeatureId FromString(string text) => new(text, false);

    public static GeoJsonFeatureId FromNumber(long number) =>
        new(number.ToString(System.Globalization.CultureInfo.InvariantCulture), true);

    public override string ToString() => Text;
}
