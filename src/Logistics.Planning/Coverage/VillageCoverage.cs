using Logistics.Core.Units;
using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>
/// How one village (行政村: a <see cref="SiteTier.VillageOutlet"/> or <see cref="SiteTier.Village"/> site) is served:
/// its nearest outlet by straight-line distance and by estimated travel time, that outlet's weekly visits, and
/// whether it is covered at each threshold of the report (same order as <see cref="CoverageReport.Thresholds"/>).
/// </summary>
/// <param name="Village">The village site. A village with its own outlet is at distance 0 from it.</param>
/// <param name="NearestByDistance">The nearest outlet by straight line; null when the scenario has no outlet.</param>
/// <param name="Distance">Great-circle distance to <paramref name="NearestByDistance"/>, whole metres.</param>
/// <param name="NearestByTime">The outlet with the shortest estimated travel time; null when there is none.</param>
/// <param name="Time">Estimated travel time to <paramref name="NearestByTime"/>, whole seconds.</param>
/// <param name="WeeklyVisits">
/// Weekly visit frequency at the nearest outlet (by distance): for now its <see cref="Site.RequiredVisitsPerWeek"/>,
/// the frequency the lines must give it. Once the lines planner exists, the frequency will come from the planned
/// lines instead.
/// </param>
/// <param name="Covered">Covered at each threshold of the report.</param>
public sealed record VillageCoverage(
    Site Village,
    Site? NearestByDistance,
    Metres Distance,
    Site? NearestByTime,
    Seconds Time,
    int WeeklyVisits,
    IReadOnlyList<bool> Covered);
