using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Osm;
using Logistics.Spatial.Roads.Routing.Ch;
using Logistics.Spatial.Tests.Geodesy;
using Logistics.Spatial.Tests.Roads.Osm;

namespace Logistics.Spatial.Tests.Roads.Routing;

/// <summary>
/// The Andorra extract (../shared/geodata/roads/andorra.osm.pbf) built once per test class; null when absent. The
/// extract has no turn restrictions, so a second graph is built from the same file with <see cref="SyntheticRestrictionCount"/>
/// seeded restrictions added at real junctions (no_left_turn, only_straight_on and no_u_turn between ways that end there,
/// at most one per approach so that they never contradict each other).
/// </summary>
public sealed class AndorraRoadFixture
{
    public const int SyntheticRestrictionCount = 200;

    public AndorraRoadFixture()
    {
        var dir = SharedGeodata.FindDirectory();
        var path = dir is null ? null : Path.Combine(dir, "roads", "andorra.osm.pbf");
        if (path is null || !File.Exists(path))
        {
            return;
        }

        (Graph, Report) = RoadGraphBuilder.FromFile(path, RoadProfile.ChinaRural);
        Hierarchy = ContractionHierarchy.Build(Graph);

        var builder = new RoadGraphBuilder(RoadProfile.ChinaRural);
        OsmFile.Read(path, builder);
        foreach (var (id, members, tags) in SyntheticRestrictions(path, SyntheticRestrictionCount, seed: 7))
        {
            builder.OnRelation(id, members, tags);
        }

        (RestrictedGraph, RestrictedReport) = builder.Build();
        RestrictedHierarchy = ContractionHierarchy.Build(RestrictedGraph);
    }

    public RoadGraph? Graph { get; }

    public RoadGraphBuildReport? Report { get; }

    public ContractionHierarchy? Hierarchy { get; }

    public RoadGraph? RestrictedGraph { get; }

    public RoadGraphBuildReport? RestrictedReport { get; }

    public ContractionHierarchy? RestrictedHierarchy { get; }

    public (RoadGraph Graph, ContractionHierarchy Hierarchy) Require()
    {
        if (Graph is null || Hierarchy is null)
        {
            Assert.Skip("../shared/geodata/roads/andorra.osm.pbf absent (set LOGISTICS_SHARED to the folder holding geodata/)");
        }

        return (Graph, Hierarchy);
    }

    public (RoadGraph Graph, ContractionHierarchy Hierarchy, RoadGraphBuildReport Report) RequireRestricted()
    {
        Require();
        return (RestrictedGraph!, RestrictedHierarchy!, RestrictedReport!);
    }

    /// <summary>
    /// Restriction relations at nodes where two or more kept road ways end: a third each no_left_turn (from one way to
    /// another), only_straight_on (the same) and no_u_turn (from a way back onto itself), seeded.
    /// </summary>
    private static List<(long Id, OsmMember[] Members, Dictionary<string, string> Tags)> SyntheticRestrictions(string path, int count, int seed)
    {
        var ways = new CountingOsmHandler { KeepNodes = false };
        OsmFile.Read(path, ways);
        // Per node: the kept road ways ending there, and whether one may drive into / out of the node along them.
        var endsAt = new SortedDictionary<long, List<(long Way, bool In, bool Out)>>();
        foreach (var (id, refs, tags) in ways.Ways)
        {
            var traversal = RoadProfile.ChinaRural.Evaluate(tags);
            if (refs.Length < 2 || refs[0] == refs[^1] || !traversal.IsKept)
            {
                continue;
            }

            foreach (var (node, atEnd) in new[] { (refs[0], false), (refs[^1], true) })
            {
                if (!endsAt.TryGetValue(node, out var list))
                {
                    endsAt[node] = list = [];
                }

                list.Add((id, atEnd ? traversal.Forward : traversal.Backward, atEnd ? traversal.Backward : traversal.Forward));
            }
        }

        // Junctions where three or more road ways end (not a way merely continuing as the next one); the from-way must
        // lead into the junction and the to-way out of it (a U-turn needs a two-way from-way).
        var junctions = endsAt.Where(kv => kv.Value.Select(w => w.Way).Distinct().Count() >= 3).ToList();
        var random = new Random(seed);
        var used = new HashSet<(long Via, long From)>();
        var relations = new List<(long, OsmMember[], Dictionary<string, string>)>();
        for (var attempt = 0; relations.Count < count && attempt < count * 50; attempt++)
        {
            var (via, atVia) = junctions[random.Next(junctions.Count)];
            var (from, canEnter, canLeave) = atVia[random.Next(atVia.Count)];
            var kind = relations.Count % 3;
            var outs = kind == 2
                ? (canLeave ? [from] : [])
                : atVia.Where(w => w.Way != from && w.Out).Select(w => w.Way).Distinct().ToList();
            if (!canEnter || outs.Count == 0 || !used.Add((via, from)))
            {
                continue;
            }

            var to = outs[random.Next(outs.Count)];
            var value = kind switch { 0 => "no_left_turn", 1 => "only_straight_on", _ => "no_u_turn" };
            relations.Add((
                9_000_000_000L + relations.Count,
                [new OsmMember(OsmMemberType.Way, from, "from"), new OsmMember(OsmMemberType.Node, via, "via"), new OsmMember(OsmMemberType.Way, to, "to")],
                new Dictionary<string, string> { ["type"] = "restriction", ["restriction"] = value }));
        }

        return relations;
    }
}
