using Logistics.Core.Ids;

namespace Logistics.Planning.Kpis;

/// <summary>
/// How many vehicles of a type the plan uses. On each day: the number of distinct numbered vehicles of the type that
/// run a line, or the peak of the type's lines on the road at the same time, whichever is larger (so a plan without
/// vehicle numbers counts the peak, one with numbers the vehicles named). <see cref="Used"/> is the largest day.
/// </summary>
public sealed record VehicleUse(
    VehicleTypeId Type,
    string Name,
    int Count,
    IReadOnlyList<int> UsedPerDay,
    double FixedCostPerWeek)
{
    /// <summary>The most vehicles of the type used on one day.</summary>
    public int Used => UsedPerDay.Count == 0 ? 0 : UsedPerDay.Max();

    /// <summary>Vehicle-days a week (each day's vehicles, added up).</summary>
    public int VehicleDays => UsedPerDay.Sum();
}
