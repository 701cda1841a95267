namespace Logistics.Planning.Dispatch;

/// <summary>What to dispatch: the date, the vehicles that are not available that day, and late orders.</summary>
public sealed record DispatchRequest(DateOnly Date)
{
    public IReadOnlyList<VehicleRef> Unavailable { get; init; } = [];

    public IReadOnlyList<LateOrder> LateOrders { get; init; } = [];

    public DayOfWeek Day => Date.DayOfWeek;
}
