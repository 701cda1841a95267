using Logistics.Planning.Network;
using Logistics.Spatial.Siting;

namespace Logistics.Planning.Coverage;

/// <summary>
/// The answer of <see cref="ScenarioTwoLevelSiting.Solve"/>: the solver's result with the sites behind its indexes,
/// and the covered population at the threshold with the existing outlets only, with every candidate open (every
/// village its own outlet) and with the chosen outlets.
/// </summary>
/// <param name="Problem">The outlet level (villages × outlets) and its sites.</param>
/// <param name="CentreSites">The site behind each centre index: existing stations, then candidate centres.</param>
/// <param name="TwoLevel">The two-level problem that was solved (for an independent check, e.g. a MIP).</param>
/// <param name="Result">The two-level result (indexes into the problem's facilities and <paramref name="CentreSites"/>).</param>
/// <param name="Radius">The coverage threshold in the matrix unit (metres or seconds), null without one.</param>
/// <param name="TotalPopulation">Population of all villages.</param>
/// <param name="CoveredExisting">Population within the threshold of an existing outlet (null without a threshold).</param>
/// <param name="CoveredAll">Population within the threshold with every outlet candidate open.</param>
/// <param name="CoveredAfter">Population within the threshold of a chosen or existing outlet.</param>
public sealed record TwoLevelSitingAnswer(
    ScenarioSitingProblem Problem,
    IReadOnlyList<Site> CentreSites,
    TwoLevelSitingProblem TwoLevel,
    TwoLevelSitingResult Result,
    int? Radius,
    long TotalPopulation,
    long? CoveredExisting,
    long? CoveredAll,
    long? CoveredAfter)
{
    /// <summary>The new centres chosen (candidate centres).</summary>
    public IReadOnlyList<Site> ChosenCentres => Result.NewCentres.Select(c => CentreSites[c]).ToList();

    /// <summary>The new outlets chosen (candidate outlets).</summary>
    public IReadOnlyList<Site> ChosenOutlets => Result.NewOutlets.Select(j => Problem.Facilities[j]).ToList();

    /// <summary>Every open outlet → the open centre serving it.</summary>
    public IReadOnlyDictionary<Site, Site> CentreOf => Result.OpenOutlets
        .Where(j => Result.OutletCentre[j] >= 0)
        .ToDictionary(j => Problem.Facilities[j], j => CentreSites[Result.OutletCentre[j]]);

    /// <summary>Every village → its nearest open outlet (absent when none is open).</summary>
    public IReadOnlyDictionary<Site, Site> OutletOf => Enumerable.Range(0, Problem.Demands.Count)
        .Where(i => Result.DemandOutlet.Count > i && Result.DemandOutlet[i] >= 0)
        .ToDictionary(i => Problem.Demands[i], i => Problem.Facilities[Result.DemandOutlet[i]]);

    /// <summary>Whether the village is within the threshold of its outlet (always true without a threshold).</summary>
    public bool IsCovered(int demand) =>
        Result.DemandOutlet.Count > demand && Result.DemandOutlet[demand] >= 0
        && (Radius is not { } r || Problem.Problem.Distance(demand, Result.DemandOutlet[demand]) <= r);
}
