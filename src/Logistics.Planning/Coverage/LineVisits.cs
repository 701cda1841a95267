using Logistics.Core.Ids;
using Logistics.Planning.Lines;

namespace Logistics.Planning.Coverage;

/// <summary>
/// The weekdays each site is visited by a line plan: the union of the service days of the lines that stop there (the
/// home depot of a line is not one of its stops). See <c>Lines/README.md</c>, rule 1.
/// </summary>
public static class LineVisits
{
    public static IReadOnlyDictionary<SiteId, ServiceDays> DaysBySite(LinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var days = new Dictionary<SiteId, ServiceDays>();
        foreach (var line in plan.Lines)
        {
            foreach (var stop in line.Stops)
            {
                days[stop.Site] = ServiceDays.FromMask(days.GetValueOrDefault(stop.Site).Mask | line.ServiceDays.Mask);
            }
        }

        return days;
    }
}
