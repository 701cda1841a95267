namespace Logistics.Spatial.Roads.Osm;

/// <summary>Reads an OSM file by its extension: <c>.pbf</c> (binary) or <c>.osm</c>/<c>.xml</c> (XML).</summary>
public static class OsmFile
{
    public static OsmHeader Read(string path, IOsmHandler handler, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase)
            ? OsmPbfReader.Read(path, handler, cancellationToken)
            : OsmXmlReader.Read(path, handler, cancellationToken);
    }
}
