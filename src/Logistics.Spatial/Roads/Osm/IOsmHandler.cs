using Logistics.Core.Geo;

namespace Logistics.Spatial.Roads.Osm;

/// <summary>
/// Receives the elements of an OSM file in file order (nodes, then ways, then relations in a sorted file).
/// Node tags are not passed on: road graphs only need node positions. Relations come with their members (in file
/// order) and tags, e.g. turn restrictions. The lists and dictionaries passed in may be reused by the reader after
/// the call returns, so copy what you keep.
/// </summary>
public interface IOsmHandler
{
    void OnNode(long id, GeoPoint location);

    void OnWay(long id, IReadOnlyList<long> nodeIds, IReadOnlyDictionary<string, string> tags);

    void OnRelation(long id, IReadOnlyList<OsmMember> members, IReadOnlyDictionary<string, string> tags);
}
