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
        // Driving on along the segment arrives at its end junction, or at the junction's copy when turns from this
        // approach are restricted; the point is reached from the start junction or any copy allowed to turn onto it.
        if (graph.SegmentForward(s))
        {
            outLegs.Add(new EndpointLeg(graph.ArrivalVertex(s, reversed: false), (1 - f) * seconds, (1 - f) * metres));
            foreach (var v in graph.DepartureVertices(s, reversed: false))
            {
                inLegs.Add(new EndpointLeg(v, f * seconds, f * metres));
            }
        }

        if (graph.SegmentBackward(s))
        {
            outLegs.Add(new EndpointLeg(graph.ArrivalVertex(s, reversed: true), f * seconds, f * metres));
            foreach (var v in graph.DepartureVertices(s, reversed: true))
            {
                inLegs.Add(new EndpointLeg(v, (1 - f) * seconds, (1 - f) * metres));
            }
        }

        // A point exactly on a junction is that junction, whatever the direction of the segment it was snapped to: it
        // starts from the junction itself (no approach, so every turn) and is reached at any of its routing vertices.
        if (f == 0 || f == 1)
        {
            var junction = f == 0 ? graph.SegmentFrom(s) : graph.SegmentTo(s);
            outLegs.Add(new EndpointLeg(junction, 0, 0));
            foreach (var v in graph.VerticesOf(junction))
            {
                inLegs.Add(new EndpointLeg(v, 0, 0));
            }
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
