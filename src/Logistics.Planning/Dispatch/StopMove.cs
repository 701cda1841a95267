using Logistics.Core.Ids;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// A stop of an unavailable vehicle's line served another way on the dispatch day: inserted into another line
/// (<see cref="ToLine"/> ≠ <see cref="FromLine"/>) or on the same line run by another vehicle. <see cref="ExtraKm"/>
/// and <see cref="ExtraCost"/> are the estimate that chose the move (insertion detour; fixed cost of a vehicle taken
/// out for the day).
/// </summary>
public sealed record StopMove(string FromLine, SiteId Site, string ToLine, string? ToVehicle, double ExtraKm, double ExtraCost);
