using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Dispatch;

/// <summary>A line of the dispatch day while it is being re-planned (mutable; internal to <see cref="DayReplanner"/>).</summary>
internal sealed class WorkLine
{
    public required Line Line { get; set; }

    /// <summary>The fleet type; null for a co-modal bus.</summary>
    public required VehicleType? Type { get; init; }

    /// <summary>The vehicle number of the day; null when none could be given.</summary>
    public int? Vehicle { get; set; }

    /// <summary>The vehicle the plan names for the line (its explicit number), or null.</summary>
    public string? PlannedVehicle { get; init; }

    /// <summary>The goods of each stop by class (the weekly assignment's, moved stops bringing theirs).</summary>
    public required List<DailyDemand> Goods { get; set; }

    /// <summary>For each stop: the line it was moved from, or null for the line's own stops.</summary>
    public required List<string?> MovedFrom { get; set; }

    /// <summary>On an unavailable vehicle (or left without one): its stops are to be re-planned.</summary>
    public bool Affected { get; set; }

    public bool Removed { get; set; }

    public Quantity Capacity => Line.HoldCapacity ?? new Quantity(Type!.CapacityKg, Type.CapacityM3);

    public WorkLine Clone() => new()
    {
        Line = Line,
        Type = Type,
        Vehicle = Vehicle,
        PlannedVehicle = PlannedVehicle,
        Goods = [.. Goods],
        MovedFrom = [.. MovedFrom],
        Affected = Affected,
        Removed = Removed,
    };
}
