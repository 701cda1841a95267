using Logistics.Core.Ids;

namespace Logistics.Planning.Timetables;

/// <summary>A site's timetable (站点时刻表): every line calling there, by arrival time then line id.</summary>
public sealed record StopTimetable(SiteId Site, string SiteName, IReadOnlyList<StopVisit> Visits);
