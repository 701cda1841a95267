using Logistics.Core.Geo;

namespace Logistics.Spatial.Roads.Osm;

/// <summary>What an OSM file says about itself (PBF header block, or the XML root and <c>bounds</c>).</summary>
/// <param name="WritingProgram">The generator, e.g. "Osmium" (null when absent).</param>
/// <param name="BoundsMin">South-west corner of the declared bounding box, when declared.</param>
/// <param name="BoundsMax">North-east corner of the declared bounding box, when declared.</param>
/// <param name="ReplicationTimestamp">The replication timestamp, when declared (PBF only).</param>
/// <param name="RequiredFeatures">Features a reader must understand (PBF only), e.g. "DenseNodes".</param>
public sealed record OsmHeader(
    string? WritingProgram,
    GeoPoint? BoundsMin,
    GeoPoint? BoundsMax,
    DateTimeOffset? ReplicationTimestamp,
    IReadOnlyList<string> RequiredFeatures);
