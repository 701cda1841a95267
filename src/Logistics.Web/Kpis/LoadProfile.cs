using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Web.Kpis;

/// <summary>
/// The load on board of one line on one of its service days, after leaving the depot and after each stop (kg and
/// m³; down goods dropped stop by stop, produce picked up and kept to the depot), from <see cref="DemandAssignment"/>.
/// </summary>
/// <param name="Day">The service day.</param>
/// <param name="Places">The depot, then the stops' site names.</param>
/// <param name="Kg">Kg on board when leaving each place.</param>
/// <param name="M3">m³ on board when leaving each place.</param>
/// <param name="CapacityKg">The vehicle's (or the bus hold's) capacity, kg; 0 when unknown.</param>
public sealed record LoadProfile(DayOfWeek Day, IReadOnlyList<string> Places, IReadOnlyList<double> Kg, IReadOnlyList<double> M3, double CapacityKg)
{
    public static IReadOnlyList<LoadProfile> Of(LinePlan plan, Scenario scenario, Line line, DemandAssignment? assignment = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        assignment ??= DemandAssignment.Compute(plan, scenario);
        var capacity = line.HoldCapacity?.Kg
            ?? scenario.VehicleTypes.FirstOrDefault(v => v.Id == line.VehicleType)?.CapacityKg
            ?? 0;
        string Name(Core.Ids.SiteId id) => scenario.TryGetSite(id, out var s) ? s.Name : id.Value;
        var places = line.Stops.Select(s => Name(s.Site)).Prepend(Name(line.HomeDepot)).ToList();
        var result = new List<LoadProfile>();
        foreach (var day in line.ServiceDays.Days)
        {
            var loads = assignment.For(line, day);
            var kg = loads.Sum(l => l.Drop.Kg);
            var m3 = loads.Sum(l => l.Drop.M3);
            var kgs = new List<double> { Math.Round(kg, 1) };
            var m3s = new List<double> { Math.Round(m3, 3) };
            foreach (var l in loads)
            {
                kg += l.Pick.Kg - l.Drop.Kg;
                m3 += l.Pick.M3 - l.Drop.M3;
                kgs.Add(Math.Round(kg, 1));
                m3s.Add(Math.Round(m3, 3));
            }

            result.Add(new LoadProfile(day, places, kgs, m3s, capacity));
        }

        return result;
    }
}
