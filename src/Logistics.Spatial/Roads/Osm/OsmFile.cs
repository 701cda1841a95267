using System.IO.Compression;

namespace Logistics.Spatial.Roads.Osm;

/// <summary>
/// Reads an OSM file by its extension: <c>.pbf</c> (binary), <c>.osm.gz</c> (gzipped XML) or anything else as XML
/// (<c>.osm</c>, <c>.xml</c>). Bzip2 (<c>.osm.bz2</c>) is not supported: convert with <c>osmium cat</c>.
/// </summary>
public static class OsmFile
{
    public static OsmHeader Read(string path, IOsmHandler handler, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase))
        {
            return OsmPbfReader.Read(path, handler, cancellationToken);
        }

        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            return OsmXmlReader.Read(gzip, handler, Path.GetFileName(path), cancellationToken);
        }

        if (path.EndsWith(".bz2", StringComparison.OrdinalIgnoreCase))
        {
            throw new Core.Errors.DataValidationException([new Core.Errors.DataError(
                "osm.unsupported-compression", "bzip2-compressed OSM files are not supported; convert with 'osmium cat in.osm.bz2 -o out.osm.pbf'.", File: Path.GetFileName(path))]);
        }

        return OsmXmlReader.Read(path, handler, cancellationToken);
    }
}
