using Logistics.Core.Units;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>
/// How one village (行政村: a <see cref="SiteTier.VillageOutlet"/> or <see cref="SiteTier.Village"/> site) is served:
/// its nearest outlet by straight-line distance and by travel time, the visits that outlet gets, and whether it is
/// covered at each threshold of the report (same order as <see cref="CoverageReport.Thresholds"/>).
/// </summary>
/// <param name="Village">The village site. A village with its own outlet is at distance 0 from it.</param>
/// <param name="NearestByDistance">The nearest outlet by straight line; null when the scenario has no outlet.</param>
/// <param name="Distance">Great-circle distance to <paramref name="NearestByDistance"/>, whole metres.</param>
/// <param name="NearestByTime">
/// The outlet with the shortest travel time from the village; null when there is no outlet or, on a road network, no
/// outlet can be reached (see <see cref="ReachableByRoad"/>).
/// </param>
/// <param name="Time">Travel time to <paramref name="NearestByTime"/>, whole seconds; 0 when there is none.</param>
/// <param name="RequiredVisitsPerWeek">The nearest outlet's (by distance) <see cref="Site.RequiredVisitsPerWeek"/>: what the lines must give it.</param>
/// <param name="VisitDays">
/// The weekdays the nearest outlet (by distance) is visited by the current lines: the union of the service days of
/// the lines that stop there. Null when no line plan was given; empty when no line stops there.
/// </param>
/// <param name="Covered">Covered at each threshold of the report.</param>
public sealed record VillageCoverage(
    Site Village,
    Site? NearestByDistance,
    Metres Distance,
    Site? NearestByTime,
    Seconds Time,
    int RequiredVisitsPerWeek,
    ServiceDays? VisitDays,
    IReadOnlyList<bool> Covered)
{
    /// <summary>Visits per week from the current lines (<see cref="VisitDays"/> counted); null without a line plan.</summary>
    public int? WeeklyVisits => VisitDays?.Count;

    /// <summary>False when outlets exist but none can be driven to from the village (an island in the road data).</summary>
    public bool ReachableByRoad => NearestByDistance is null || NearestByTime is not null;
}
