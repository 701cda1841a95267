namespace Logistics.Spatial.Roads.Graph;

/// <summary>The raw arrays behind a <see cref="RoadGraph"/>, for the binary file format.</summary>
internal sealed record RoadGraphArrays(
    double[] VertexLon, double[] VertexLat,
    int[] SegmentFrom, int[] SegmentTo, int[] SegmentSeconds, int[] SegmentMetres, long[] SegmentWayId, byte[] SegmentDirections,
    int[] SegmentPointStart, double[] PointLon, double[] PointLat)
{
    public RoadGraph ToGraph() => new(
        VertexLon, VertexLat, SegmentFrom, SegmentTo, SegmentSeconds, SegmentMetres, SegmentWayId, SegmentDirections,
        SegmentPointStart, PointLon, PointLat);
}
