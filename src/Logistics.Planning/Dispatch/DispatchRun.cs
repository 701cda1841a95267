using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// A line as it runs on the dispatch day: the day's version of the line (<see cref="Line"/>, with that weekday as its
/// only service day, the vehicle number of the day, stops moved in, times shifted where the day needs it), the
/// vehicle, what is loaded at the depot by class and every stop.
/// </summary>
public sealed record DispatchRun(
    Line Line,
    string? VehicleLabel,
    string? PlannedVehicleLabel,
    bool Retimed,
    DailyDemand LoadedAtDepot,
    IReadOnlyList<DispatchStop> Stops)
{
    public string LineId => Line.Id;

    /// <summary>Everything on board leaving the depot.</summary>
    public Quantity LoadAtDepot => LoadedAtDepot.Down + LoadedAtDepot.Up;

    /// <summary>True when the line runs on another vehicle than planned (the planned one is unavailable).</summary>
    public bool VehicleChanged => PlannedVehicleLabel is not null && PlannedVehicleLabel != VehicleLabel;
}
