namespace Logistics.Web.Maps;

/// <summary>The coordinate system the map's layers are written in: WGS84 (ours, and OSM/天地图 tiles) or GCJ-02 (高德 tiles).</summary>
public enum MapCrs
{
    Wgs84,
    Gcj02,
}
