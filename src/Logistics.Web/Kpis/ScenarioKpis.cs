using Logistics.Planning.Network;

namespace Logistics.Web.Kpis;

/// <summary>The figures of a scenario compared side by side on the Scenarios page.</summary>
public sealed record ScenarioKpis(
    int Hubs,
    int Stations,
    int Outlets,
    int Candidates,
    int Villages,
    long Population,
    double WeeklyDownTonnes,
    double WeeklyUpTonnes,
    int VehicleTypes,
    int Vehicles,
    double FleetCapacityTonnes,
    int RequiredVisitsPerWeek)
{
    public static ScenarioKpis Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        int Count(SiteTier t) => scenario.Sites.Count(s => s.Tier == t);
        return new ScenarioKpis(
            Count(SiteTier.CountyHub),
            Count(SiteTier.TownshipStation),
            Count(SiteTier.VillageOutlet),
            Count(SiteTier.CandidateSite),
            Count(SiteTier.Village),
            scenario.Sites.Where(s => s.Tier is SiteTier.VillageOutlet or SiteTier.Village or SiteTier.TownshipStation).Sum(s => (long)s.Population),
            scenario.Sites.Sum(s => s.Demand.WeekDown.Kg) / 1000.0,
            scenario.Sites.Sum(s => s.Demand.WeekUp.Kg) / 1000.0,
            scenario.VehicleTypes.Count,
            scenario.VehicleTypes.Sum(v => v.Count),
            scenario.VehicleTypes.Sum(v => v.Count * v.CapacityKg) / 1000.0,
            scenario.Sites.Sum(s => s.RequiredVisitsPerWeek));
    }
}
