namespace Logistics.Spatial.Roads.Graph;

/// <summary>The raw arrays behind a <see cref="RoadGraph"/>, for the binary file format.</summary>
internal sealed record RoadGraphArrays(
    double[] VertexLon, double[] VertexLat,
    int[] SegmentFrom, int[] SegmentTo, int[] SegmentSeconds, int[] SegmentMetres, long[] SegmentWayId, byte[] SegmentDirections,
    int[] SegmentPointStart, double[] PointLon, double[] PointLat,
    int[] ApproachCode, int[] BanFirst, int[] BanCode)
{
    public RoadGraph ToGraph() => new(
        VertexLon, VertexLat, SegmentFrom, SegmentTo, SegmentSeconds, SegmentMetres, SegmentWayId, SegmentDirections,
        SegmentPointStart, PointLon, PointLat, ApproachCode, BanFirst, BanCode);

    /// <summary>
    /// Null when the turn-restriction arrays fit the segments: approaches ascending, each a drivable directed segment;
    /// bans ascending per approach, each a drivable directed segment leaving the approach's junction. Otherwise why not.
    /// </summary>
    public string? CheckRestrictions()
    {
        var segments = SegmentFrom.Length;
        bool Drivable(int code) => code >= 0 && code < segments * 2
            && (SegmentDirections[code >> 1] & ((code & 1) == 0 ? RoadGraph.ForwardFlag : RoadGraph.BackwardFlag)) != 0;
        int Head(int code) => (code & 1) == 0 ? SegmentTo[code >> 1] : SegmentFrom[code >> 1];
        int Tail(int code) => (code & 1) == 0 ? SegmentFrom[code >> 1] : SegmentTo[code >> 1];
        if (BanFirst.Length != ApproachCode.Length + 1 || BanFirst[0] != 0 || BanFirst[^1] != BanCode.Length)
        {
            return "turn-restriction index sizes do not match";
        }

        for (var i = 0; i < ApproachCode.Length; i++)
        {
            if (!Drivable(ApproachCode[i]) || (i > 0 && ApproachCode[i] <= ApproachCode[i - 1]))
            {
                return $"restricted approach {i} is not a drivable directed segment in ascending order";
            }

            if (BanFirst[i + 1] < BanFirst[i])
            {
                return $"banned turns of approach {i} have a negative count";
            }

            for (var b = BanFirst[i]; b < BanFirst[i + 1]; b++)
            {
                if (!Drivable(BanCode[b]) || Tail(BanCode[b]) != Head(ApproachCode[i]) || (b > BanFirst[i] && BanCode[b] <= BanCode[b - 1]))
                {
                    return $"banned turn {b} does not leave the junction of approach {i} (or is out of order)";
                }
            }
        }

        return null;
    }
}
