using System.Text.Json;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Web.Kpis;

/// <summary>
/// The figures of a line plan: lines by kind, weekly driven km and hours, weekly cost (per km, per hour and fixed per
/// vehicle-day of the vehicle types), vehicles used, and the verifier's violations. Distances and times come from the
/// same <see cref="ITravelTimes"/> the verifier uses.
/// </summary>
public sealed record PlanKpis(
    int Lines,
    int Trunks,
    int Feeders,
    int Direct,
    int CoModal,
    int Stops,
    double WeeklyKm,
    double WeeklyHours,
    double WeeklyCost,
    int VehiclesUsed,
    int Violations)
{
    public static PlanKpis Of(LinePlan plan, Scenario scenario, ITravelTimes travel, VerificationReport verification)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(travel);
        ArgumentNullException.ThrowIfNull(verification);
        double km = 0, hours = 0, cost = 0;
        var vehicles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in plan.Lines)
        {
            var vehicle = line.VehicleType is { } t ? scenario.VehicleTypes.FirstOrDefault(v => v.Id == t) : null;
            double lineMetres = 0;
            var from = line.HomeDepot;
            foreach (var stop in line.Stops.Select(s => s.Site).Append(line.HomeDepot))
            {
                if (scenario.TryGetSite(from, out _) && scenario.TryGetSite(stop, out _))
                {
                    lineMetres += travel.Between(from, stop, vehicle).Distance.Value;
                }

                from = stop;
            }

            var days = line.ServiceDays.Count;
            var lineKm = lineMetres / 1000.0 * days;
            var lineHours = line.Duration.TotalHours * days;
            km += lineKm;
            hours += lineHours;
            if (vehicle is not null)
            {
                cost += lineKm * vehicle.CostPerKm + lineHours * vehicle.CostPerHour;
                vehicles.Add(line.VehicleLabel ?? $"{vehicle.Id.Value}/{line.Id}");
            }
        }

        // Fixed cost per vehicle-day: the vehicles of a type that run on a day (a line without a vehicle number counts as one).
        foreach (var type in scenario.VehicleTypes)
        {
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                var used = plan.LinesOn(day).Where(l => l.VehicleType == type.Id).Select(l => l.Vehicle?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? l.Id).Distinct().Count();
                cost += used * type.FixedCostPerDay;
            }
        }

        return new PlanKpis(
            plan.Lines.Count,
            plan.Lines.Count(l => l.Kind == LineKind.Trunk),
            plan.Lines.Count(l => l.Kind == LineKind.Feeder),
            plan.Lines.Count(l => l.Kind == LineKind.Direct),
            plan.Lines.Count(l => l.Kind == LineKind.CoModal),
            plan.Lines.Sum(l => l.Stops.Count),
            Math.Round(km, 1),
            Math.Round(hours, 2),
            Math.Round(cost, 0),
            vehicles.Count,
            verification.Violations.Count);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanKpis? FromJson(string json) => JsonSerializer.Deserialize<PlanKpis>(json, Json);
}
