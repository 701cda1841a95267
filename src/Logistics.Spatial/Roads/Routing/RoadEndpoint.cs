using Logistics.Spatial.Roads.Graph;

namespace Logistics.Spatial.Roads.Routing;

/// <summary>
/// A snapped point as the searches see it: the vertices one can drive to from the point (<see cref="Out"/>) and from
/// which one can drive to the point (<see cref="In"/>), each with the partial-segment time and length.
/// </summary>
internal sealed record RoadEndpoint(RoadSnap Snap, EndpointLeg[] Out, EndpointLeg[] In)
{
    public static RoadEndpoint Create(RoadGraph graph, RoadSnap snap)
    {
        var s = snap.Segment;
        var f = snap.Fraction;
        double seconds = graph.SegmentSeconds(s), metres = graph.SegmentMetres(s);
        var outLegs = new List<EndpointLeg>(2);
        var inLegs = new List<EndpointLeg>(2);
        if (graph.SegmentForward(s))
        {
            outLegs.Add(new EndpointLeg(graph.SegmentTo(s), (1 - f) * seconds, (1 - f) * metres));
            inLegs.Add(new EndpointLeg(graph.SegmentFrom(s), f * seconds, f * metres));
        }

        if (graph.SegmentBackward(s))
        {
            outLegs.Add(new EndpointLeg(graph.SegmentFrom(s), f * seconds, f * metres));
            inLegs.Add(new EndpointLeg(graph.SegmentTo(s), (1 - f) * seconds, (1 - f) * metres));
        }

        // A point exactly on a vertex is that vertex, whatever the direction of the segment it was snapped to.
        if (f == 0)
        {
            outLegs.Add(new EndpointLeg(graph.SegmentFrom(s), 0, 0));
            inLegs.Add(new EndpointLeg(graph.SegmentFrom(s), 0, 0));
        }
        else if (f == 1)
        {
            outLegs.Add(new EndpointLeg(graph.SegmentTo(s), 0, 0));
            inLegs.Add(new EndpointLeg(graph.SegmentTo(s), 0, 0));
        }

        return new RoadEndpoint(snap, [.. outLegs], [.. inLegs]);
    }

    /// <summary>Time and length when both points lie on the same segment and the direction allows driving straight along it.</summary>
    public static (double Seconds, double Metres)? Direct(RoadGraph graph, RoadEndpoint from, RoadEndpoint to)
    {
        if (from.Snap.Segment != to.Snap.Segment)
        {
            return null;
        }

        var s = from.Snap.Segment;
        var delta = to.Snap.Fraction - from.Snap.Fraction;
        var allowed = delta == 0 || (delta > 0 ? graph.SegmentForward(s) : graph.SegmentBackward(s));
        return allowed ? (Math.Abs(delta) * graph.SegmentSeconds(s), Math.Abs(delta) * graph.SegmentMetres(s)) : null;
    }
}
