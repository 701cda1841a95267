namespace Logistics.Routing.Search.Segments;

/// <summary>
/// Load data of a sequence in one dimension for simultaneous pickup and delivery: total delivery, total pickup and
/// the largest load on board while driving through the sequence (deliveries loaded at the depot). O(1) concatenation.
/// </summary>
internal readonly record struct LoadSegment(long Delivery, long Pickup, long MaxLoad)
{
    public static LoadSegment Node(long delivery, long pickup) => new(delivery, pickup, Math.Max(delivery, pickup));

    public static LoadSegment Merge(in LoadSegment a, in LoadSegment b) =>
        new(a.Delivery + b.Delivery, a.Pickup + b.Pickup, Math.Max(a.MaxLoad + b.Delivery, b.MaxLoad + a.Pickup));
}
