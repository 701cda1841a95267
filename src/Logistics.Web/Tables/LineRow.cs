using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Web.Tables;

/// <summary>One line of a plan as the Lines grid shows it: its place in the plan (its colour), the townships it serves and its stops' names (for the search).</summary>
public sealed record LineRow(int Index, Line Line, IReadOnlyList<string> Townships, string StopNames)
{
    public string Id => Line.Id;

    /// <summary>The rows of a plan in plan order. A line's townships are those of its depot and its stops, named by their township station.</summary>
    public static IReadOnlyList<LineRow> Of(LinePlan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var townshipNames = scenario.SitesOf(SiteTier.TownshipStation)
            .Where(s => s.TownshipCode.Length > 0)
            .GroupBy(s => s.TownshipCode)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        return plan.Lines.Select((line, i) =>
        {
            var sites = line.Stops.Select(s => s.Site).Prepend(line.HomeDepot)
                .Select(id => scenario.TryGetSite(id, out var site) ? site : null).OfType<Site>().ToList();
            var townships = sites.Select(s => s.TownshipCode).Where(c => c.Length > 0).Distinct()
                .Select(c => townshipNames.GetValueOrDefault(c, c)).Order(StringComparer.Ordinal).ToList();
            return new LineRow(i, line, townships, string.Join(" ", sites.Select(s => s.Name)));
        }).ToList();
    }
}
