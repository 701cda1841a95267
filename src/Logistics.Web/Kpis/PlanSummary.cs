using System.Text.Json;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;

namespace Logistics.Web.Kpis;

/// <summary>
/// The figures of a line plan stored with it and shown on the Lines and Scenarios pages: lines by kind and the weekly
/// totals of <see cref="PlanKpiCalculator"/> (km, vehicle-hours, cost, CO₂, load factor, vehicles used, outlets
/// visited at least as often as required), the verifier's findings, the sites the planner could not serve, and the
/// price of consistency when the planner computed it. Stored as JSON next to the plan so lists need not recompute them.
/// </summary>
/// <param name="Outlets">Village outlets of the scenario.</param>
/// <param name="OutletsMeetingRequired">Outlets visited on at least their required number of days a week.</param>
/// <param name="Unplanned">Sites the planner could not serve as required (0 for a plan uploaded through the API).</param>
/// <param name="Consistency">Fixed lines against independent daily routes; null when not computed.</param>
/// <param name="Demand">The county's weekly demand and the part the plan carries, down and up (null in summaries stored
/// before it was computed).</param>
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
    int Violations,
    int Outlets = 0,
    int OutletsMeetingRequired = 0,
    int Unplanned = 0,
    ConsistencyPrice? Consistency = null,
    DemandSummary? Demand = null)
{
    /// <summary>Share of the outlets visited at least as often as required (0 without outlets).</summary>
    public double RequiredVisitShare => Outlets > 0 ? (double)OutletsMeetingRequired / Outlets : 0;

    /// <summary>True when the verifier found nothing (核验通过).</summary>
    public bool Verified => Violations == 0;

    public static PlanSummary Of(
        LinePlan plan,
        Scenario scenario,
        ITravelTimes travel,
        VerificationReport verification,
        ConsistencyPrice? consistency = null,
        int unplanned = 0)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(verification);
        var kpis = PlanKpiCalculator.Compute(plan, scenario, travel);
        var t = kpis.Totals;
        var required = kpis.VisitShares.Single(v => v.MinVisits is null);
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
            verification.Violations.Count,
            required.Total,
            required.Outlets,
            unplanned,
            consistency is null
                ? null
                : new ConsistencyPrice(Math.Round(consistency.FixedKm, 1), Math.Round(consistency.FixedCost, 0), Math.Round(consistency.BaselineKm, 1), Math.Round(consistency.BaselineCost, 0)),
            DemandSummary.Of(kpis.Demand));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanSummary? FromJson(string json) => JsonSerializer.Deserialize<PlanSummary>(json, Json);
}
