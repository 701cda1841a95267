using Logistics.Core.Geo;
using Logistics.Spatial.Roads.Osm;

namespace Logistics.Spatial.Tests.Roads.Osm;

/// <summary>Counts elements and keeps ways and relations (copied) for assertions.</summary>
internal sealed class CountingOsmHandler : IOsmHandler
{
    public Dictionary<long, GeoPoint> Nodes { get; } = [];

    public List<(long Id, long[] Refs, Dictionary<string, string> Tags)> Ways { get; } = [];

    public int Relations => RelationList.Count;

    public List<(long Id, OsmMember[] Members, Dictionary<string, string> Tags)> RelationList { get; } = [];

    public bool KeepNodes { get; init; } = true;

    public int NodeCount { get; private set; }

    public void OnNode(long id, GeoPoint location)
    {
        NodeCount++;
        if (KeepNodes)
        {
            Nodes[id] = location;
        }
    }

    public void OnWay(long id, IReadOnlyList<long> nodeIds, IReadOnlyDictionary<string, string> tags) =>
        Ways.Add((id, nodeIds.ToArray(), new Dictionary<string, string>(tags)));

    public void OnRelation(long id, IReadOnlyList<OsmMember> members, IReadOnlyDictionary<string, string> tags) =>
        RelationList.Add((id, members.ToArray(), new Dictionary<string, string>(tags)));
}
