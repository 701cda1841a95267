using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// One stop of a run on the dispatch day. <see cref="Goods"/>: what is handed over, by class (the consumer goods,
/// farm inputs and parcels dropped, the produce picked up). <see cref="OnBoard"/>: what is on the vehicle when it
/// leaves, by class (the down classes still to deliver, the produce collected so far). <see cref="PlannedArrival"/>
/// is the weekly timetable's arrival (null for a stop moved in from another line) so a shifted time shows.
/// </summary>
public sealed record DispatchStop(
    int Sequence,
    SiteId Site,
    string SiteName,
    TimeOnly Arrival,
    TimeOnly Departure,
    TimeOnly? PlannedArrival,
    DailyDemand Goods,
    DailyDemand OnBoard,
    string? MovedFrom)
{
    public Quantity Drop => Goods.Down;

    public Quantity Pick => Goods.Up;

    /// <summary>Everything on board after the stop.</summary>
    public Quantity Load => OnBoard.Down + OnBoard.Up;
}
