using Logistics.Spatial.Coverage;
using Logistics.Spatial.Siting;
using Logistics.Spatial.Travel;

namespace Logistics.Planning.Coverage;

/// <summary>
/// What to site at two levels on a scenario (<see cref="ScenarioTwoLevelSiting"/>): <see cref="Centres"/> township
/// centres among the candidate centres and <see cref="Outlets"/> village outlets among the candidate outlets
/// (<see cref="SitingCandidates"/>); existing stations and outlets stay open.
/// </summary>
public sealed record TwoLevelSitingRequest
{
    /// <summary>The outlet objective: covered population (maximal covering), population × distance (p-median) or fewest outlets covering all (set cover).</summary>
    public SitingObjective Objective { get; init; } = SitingObjective.MaximalCovering;

    /// <summary>New centres to open (k), e.g. 15 for 酉阳.</summary>
    public int Centres { get; init; }

    /// <summary>New outlets to open (m), e.g. 270 for 酉阳; ignored by set cover.</summary>
    public int Outlets { get; init; }

    /// <summary>Coverage threshold village → outlet (km or minutes); needed by maximal covering and set cover.</summary>
    public CoverageThreshold? Threshold { get; init; }

    /// <summary>Optional budget for the new outlets (each costs <see cref="OutletOpeningCost"/>).</summary>
    public long? OutletBudget { get; init; }

    /// <summary>Optional budget for the new centres (each costs <see cref="CentreOpeningCost"/>).</summary>
    public long? CentreBudget { get; init; }

    public long OutletOpeningCost { get; init; } = 1;

    public long CentreOpeningCost { get; init; } = 1;

    /// <summary>Optional maximum straight-line km between an outlet and the centre serving it.</summary>
    public double? MaxOutletCentreKm { get; init; }

    /// <summary>Travel times for a minutes threshold (road graph, OSRM); null uses the scenario's straight line.</summary>
    public ITravelTimeProvider? TravelTimes { get; init; }

    public SitingOptions Solver { get; init; } = new();

    /// <summary>The single-level request for the outlet level (stations do not count as outlets here).</summary>
    internal ScenarioSitingRequest OutletLevel => new()
    {
        Model = Objective,
        NewOutlets = Outlets,
        Threshold = Threshold,
        Budget = OutletBudget,
        OpeningCost = OutletOpeningCost,
        StationsAreOutlets = false,
        TravelTimes = TravelTimes,
        Solver = Solver,
    };
}
