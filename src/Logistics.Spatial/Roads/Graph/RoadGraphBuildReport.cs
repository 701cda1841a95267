namespace Logistics.Spatial.Roads.Graph;

/// <summary>
/// What went into a road graph: elements read, ways kept, ways excluded by reason (see <see cref="RoadProfile"/>), turn
/// restrictions read, applied and skipped by reason (see <see cref="RoadGraphBuilder"/>).
/// </summary>
/// <param name="MissingNodeRefs">Node references of kept ways whose node is not in the file (normal at extract borders); the way is cut there.</param>
/// <param name="Vertices">Routing vertices: junctions plus one copy per restricted approach (see <see cref="RoadGraph"/>).</param>
/// <param name="Edges">Directed routing edges, those leaving junction copies included.</param>
public sealed record RoadGraphBuildReport(
    long NodesRead,
    long WaysRead,
    long RelationsRead,
    long WaysKept,
    IReadOnlyDictionary<string, long> WaysExcludedByReason,
    long MissingNodeRefs,
    int Vertices,
    int Segments,
    int Edges)
{
    /// <summary>Relations tagged <c>type=restriction</c>.</summary>
    public long RestrictionsRead { get; init; }

    /// <summary>Restrictions checked against the graph and turned into banned turns.</summary>
    public long RestrictionsApplied { get; init; }

    /// <summary>Restrictions not applied, by reason code (<c>via-way</c>, <c>via-not-on-way</c>, …).</summary>
    public IReadOnlyDictionary<string, long> RestrictionsSkippedByReason { get; init; } = new SortedDictionary<string, long>(StringComparer.Ordinal);

    /// <summary>Junctions and dead ends (routing vertices without the copies).</summary>
    public int Junctions { get; init; }

    /// <summary>Directed segments with banned turns at their end: each gives one copy of its via junction.</summary>
    public int RestrictedApproaches { get; init; }

    /// <summary>Banned (approach, departure) turns.</summary>
    public int BannedTurns { get; init; }
}
