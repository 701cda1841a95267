namespace Logistics.Web;

/// <summary>
/// The optional tile layer under the vector layers. <c>Provider</c>: <c>none</c> (default: offline),
/// <c>osm</c>, <c>tianditu</c> (天地图, needs <see cref="Key"/>, the 天地图 "tk"; WGS84/CGCS2000 tiles) or
/// <c>amap</c> (高德, GCJ-02 tiles: every layer the map draws is then shifted from WGS84 to GCJ-02).
/// </summary>
public sealed class TileLayerOptions
{
    public string Provider { get; set; } = "none";

    public string? Key { get; set; }

    /// <summary>The tile URL template for <see cref="Provider"/>, or null for none.</summary>
    public string? UrlTemplate => Provider.ToLowerInvariant() switch
    {
        "osm" => "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "tianditu" when !string.IsNullOrWhiteSpace(Key) => "https://t{s}.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=" + Uri.EscapeDataString(Key),
        "amap" => "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
        _ => null,
    };

    /// <summary>Subdomains for <c>{s}</c>.</summary>
    public string Subdomains => Provider.ToLowerInvariant() switch
    {
        "tianditu" => "01234567",
        "amap" => "1234",
        _ => "abc",
    };

    public string Attribution => Provider.ToLowerInvariant() switch
    {
        "osm" => "© OpenStreetMap contributors",
        "tianditu" => "© 天地图",
        "amap" => "© 高德地图",
        _ => string.Empty,
    };

    /// <summary>True when the tiles are in GCJ-02 and our WGS84 layers must be shifted to match them.</summary>
    public bool NeedsGcj02 => string.Equals(Provider, "amap", StringComparison.OrdinalIgnoreCase);
}
