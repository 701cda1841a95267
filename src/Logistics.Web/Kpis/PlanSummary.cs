using System.Text.Json;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Web.Kpis;

/// <summary>
/// The figures of a line plan stored with it and shown side by side: lines by kind and the weekly totals of
/// <see cref="PlanKpiCalculator"/> (km, vehicle-hours, cost, CO₂, load factor, vehicles used), plus the number of
/// verifier findings. Stored as JSON next to the plan so lists need not recompute them.
/// </summary>
public sealed record PlanSummary(
    int Lines,
    int Trunks,
    int Feeders,
    int Direct,
    int CoModal,
    int Stops,
    double WeeklyKm,
    double WeeklyHours,
    double WeeklyCost,
    double WeeklyCo2Kg,
    double LoadFactorKg,
    int VehiclesUsed,
    int Violations)
{
    public static PlanSummary Of(LinePlan plan, Scenario scenario, ITravelTimes travel, VerificationReport verification)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(verification);
        var kpis = PlanKpiCalculator.Compute(plan, scenario, travel);
        var t = kpis.Totals;
        return new PlanSummary(
            plan.Lines.Count,
            plan.Lines.Count(l => l.Kind == LineKind.Trunk),
            plan.Lines.Count(l => l.Kind == LineKind.Feeder),
            plan.Lines.Count(l => l.Kind == LineKind.Direct),
            plan.Lines.Count(l => l.Kind == LineKind.CoModal),
            plan.Lines.Sum(l => l.Stops.Count),
            Math.Round(t.Km, 1),
            Math.Round(t.VehicleHours, 2),
            Math.Round(t.Cost, 0),
            Math.Round(t.Co2Kg, 1),
            Math.Round(t.LoadFactorKg, 3),
            kpis.VehiclesUsed,
            verification.Violations.Count);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanSummary? FromJson(string json) => JsonSerializer.Deserialize<PlanSummary>(json, Json);
}
