namespace Logistics.Routing.Problem;

/// <summary>A group of identical vehicles.</summary>
/// <param name="Name">A label for reports.</param>
/// <param name="Count">How many such vehicles are available.</param>
/// <param name="Capacity">Capacity per load dimension; the load on board must never exceed it.</param>
/// <param name="StartDepot">Index of the depot where routes start.</param>
/// <param name="EndDepot">Index of the depot where routes end.</param>
/// <param name="ShiftStart">Earliest departure from the start depot.</param>
/// <param name="ShiftEnd">Latest arrival at the end depot.</param>
/// <param name="MaxDuration">Longest route duration (departure to return, waiting included).</param>
/// <param name="MaxDistance">Longest route distance.</param>
/// <param name="FixedCost">Cost paid once for each vehicle used.</param>
/// <param name="UnitDistanceCost">Cost per distance unit.</param>
/// <param name="UnitDurationCost">Cost per duration unit.</param>
/// <param name="Profile">Index of the travel profile (distance and duration matrices) this vehicle uses.</param>
public sealed record VehicleType(
    string Name,
    int Count,
    IReadOnlyList<long> Capacity,
    int StartDepot = 0,
    int EndDepot = 0,
    long ShiftStart = 0,
    long ShiftEnd = long.MaxValue / 4,
    long MaxDuration = long.MaxValue / 4,
    long MaxDistance = long.MaxValue / 4,
    long FixedCost = 0,
    long UnitDistanceCost = 1,
    long UnitDurationCost = 0,
    int Profile = 0);
