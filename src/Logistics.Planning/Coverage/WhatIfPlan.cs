using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Planner;
using Logistics.Planning.Verification;

namespace Logistics.Planning.Coverage;

/// <summary>One plan of a planning what-if with its weekly figures and its check.</summary>
/// <param name="Plan">The line plan.</param>
/// <param name="Kpis">Its weekly figures (<see cref="PlanKpiCalculator"/>: km, hours, cost with the vehicles' fixed cost, CO₂, vehicles).</param>
/// <param name="Verification">The independent verifier's report against its scenario.</param>
/// <param name="Unplanned">Sites the planner could not serve as required; empty for a given plan (the verifier reports its missed visits).</param>
/// <param name="Planned">True when the planner made it here, false for the given current plan.</param>
/// <param name="Elapsed">Time the planner took (zero for a given plan).</param>
public sealed record WhatIfPlan(
    LinePlan Plan,
    PlanKpis Kpis,
    VerificationReport Verification,
    IReadOnlyList<UnplannedSite> Unplanned,
    bool Planned,
    TimeSpan Elapsed)
{
    public double WeeklyKm => Kpis.Totals.Km;

    /// <summary>Weekly cost, yuan: distance, driver hours and the fixed cost of the vehicles used.</summary>
    public double WeeklyCost => Kpis.Totals.Cost;

    public double WeeklyCo2Kg => Kpis.Totals.Co2Kg;

    /// <summary>Vehicles used (each type's busiest day, all types together).</summary>
    public int Vehicles => Kpis.VehiclesUsed;

    public int Lines => Plan.Lines.Count;

    /// <summary>Verified clean and every site served.</summary>
    public bool IsClean => Verification.IsClean && Unplanned.Count == 0;
}
