using Logistics.Spatial.Coverage;
using Logistics.Spatial.Siting;
using Logistics.Spatial.Travel;

namespace Logistics.Planning.Coverage;

/// <summary>What to site on a scenario (<see cref="ScenarioSiting"/>).</summary>
public sealed record ScenarioSitingRequest
{
    public SitingObjective Model { get; init; } = SitingObjective.MaximalCovering;

    /// <summary>The number of new outlets (p) for maximal covering and p-median; ignored by set cover.</summary>
    public int? NewOutlets { get; init; }

    /// <summary>
    /// The coverage threshold: needed by maximal covering and set cover; for p-median it only sets the unit (metres
    /// for a distance, seconds for a time) and the threshold of the before/after coverage. Its kind also decides the
    /// siting matrix: straight-line metres or estimated seconds.
    /// </summary>
    public CoverageThreshold? Threshold { get; init; }

    /// <summary>Optional limit on the total opening cost of the new outlets.</summary>
    public long? Budget { get; init; }

    /// <summary>Opening cost of each candidate site (the same for all; existing outlets cost nothing).</summary>
    public long OpeningCost { get; init; } = 1;

    /// <summary>Whether township stations count as existing outlets (default: yes, as in <see cref="CoverageOptions"/>).</summary>
    public bool StationsAreOutlets { get; init; } = true;

    /// <summary>The travel-time provider for a time threshold (road graph, OSRM); null uses the scenario's straight line.</summary>
    public ITravelTimeProvider? TravelTimes { get; init; }

    /// <summary>Solver limits (time limit, seed).</summary>
    public SitingOptions Solver { get; init; } = new();

    /// <summary>The coverage options that describe the same outlets, threshold and travel times.</summary>
    public CoverageOptions CoverageOptions => new()
    {
        Thresholds = Threshold is { } t ? [t] : [],
        StationsAreOutlets = StationsAreOutlets,
        TravelTimes = TravelTimes,
    };
}
