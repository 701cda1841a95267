using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Planning.Timetables;

/// <summary>Builds timetables per line and per stop from a plan; site names come from the scenario (the id when unknown).</summary>
public static class Timetable
{
    public static LineTimetable ForLine(Line line, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(scenario);
        var rows = new List<TimetableRow>
        {
            new(line.Id, line.Kind, line.ServiceDays, 0, line.HomeDepot, NameOf(line.HomeDepot, scenario), null, line.Departure),
        };
        rows.AddRange(line.Stops.Select((s, i) =>
            new TimetableRow(line.Id, line.Kind, line.ServiceDays, i + 1, s.Site, NameOf(s.Site, scenario), s.Arrival, s.Departure)));
        rows.Add(new TimetableRow(line.Id, line.Kind, line.ServiceDays, line.Stops.Count + 1, line.HomeDepot, NameOf(line.HomeDepot, scenario), line.Return, null));
        return new LineTimetable(line, rows);
    }

    public static IReadOnlyList<LineTimetable> ForLines(LinePlan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Lines.Select(l => ForLine(l, scenario)).ToArray();
    }

    public static StopTimetable ForSite(LinePlan plan, Scenario scenario, SiteId site)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var visits = plan.Lines
            .Select(l => (Line: l, Index: l.IndexOf(site)))
            .Where(x => x.Index >= 0)
            .Select(x => new StopVisit(x.Line.Id, x.Line.Kind, x.Line.ServiceDays, x.Line.Stops[x.Index].Arrival, x.Line.Stops[x.Index].Departure))
            .OrderBy(v => v.Arrival).ThenBy(v => v.LineId, StringComparer.Ordinal)
            .ToArray();
        return new StopTimetable(site, NameOf(site, scenario), visits);
    }

    /// <summary>The timetable of every site some line stops at, in scenario order (unknown sites last, by id).</summary>
    public static IReadOnlyList<StopTimetable> ForStops(LinePlan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var visited = plan.Lines.SelectMany(l => l.Stops.Select(s => s.Site)).ToHashSet();
        var order = scenario.Sites.Select(s => s.Id).Where(visited.Contains)
            .Concat(visited.Where(id => !scenario.TryGetSite(id, out _)).OrderBy(id => id.Value, StringComparer.Ordinal));
        return order.Select(id => ForSite(plan, scenario, id)).ToArray();
    }

    private static string NameOf(SiteId id, Scenario scenario) => scenario.TryGetSite(id, out var s) ? s.Name : id.Value;
}
