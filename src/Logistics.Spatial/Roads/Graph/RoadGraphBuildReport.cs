namespace Logistics.Spatial.Roads.Graph;

/// <summary>What went into a road graph: elements read, ways kept, ways excluded by reason (see <see cref="RoadProfile"/>).</summary>
/// <param name="MissingNodeRefs">Node references of kept ways whose node is not in the file (normal at extract borders); the way is cut there.</param>
public sealed record RoadGraphBuildReport(
    long NodesRead,
    long WaysRead,
    long RelationsRead,
    long WaysKept,
    IReadOnlyDictionary<string, long> WaysExcludedByReason,
    long MissingNodeRefs,
    int Vertices,
    int Segments,
    int Edges);
