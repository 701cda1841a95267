using Logistics.Core.Errors;
using Logistics.Core.Units;
using Logistics.Planning.Network;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Siting;

namespace Logistics.Planning.Coverage;

/// <summary>
/// A <see cref="SitingProblem"/> made from a scenario, with the sites behind its indexes. Demand points are the
/// villages (village outlets and villages, weight = population); facilities are the existing outlets (and stations,
/// when they count as outlets), always open and free, followed by the candidate outlets (<see cref="SitingCandidates.IsOutlet"/>: not the candidate centres) at the requested opening cost.
/// Distances are great-circle metres, or seconds from the travel-time provider for a travel-time threshold (the same
/// matrix <see cref="CoverageAnalyzer"/> uses), so the siting objective and the coverage report agree.
/// </summary>
public sealed class ScenarioSitingProblem
{
    private ScenarioSitingProblem(
        SitingProblem problem, IReadOnlyList<Site> demands, IReadOnlyList<Site> facilities, CoverageThresholdKind measure)
    {
        Problem = problem;
        Measure = measure;
        Demands = demands;
        Facilities = facilities;
    }

    public SitingProblem Problem { get; }

    /// <summary>What the matrix holds: straight-line metres (<see cref="CoverageThresholdKind.Distance"/>) or estimated seconds.</summary>
    public CoverageThresholdKind Measure { get; }

    /// <summary>The village behind each demand index.</summary>
    public IReadOnlyList<Site> Demands { get; }

    /// <summary>The site behind each facility index: existing outlets first, then candidate sites.</summary>
    public IReadOnlyList<Site> Facilities { get; }

    /// <exception cref="Core.Errors.DataValidationException">When the parameters do not fit the model (see <see cref="SitingProblemBuilder.Build"/>).</exception>
    public static ScenarioSitingProblem Build(Scenario scenario, ScenarioSitingRequest request)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(request);
        var demands = scenario.Sites.Where(s => s.Tier is SiteTier.VillageOutlet or SiteTier.Village).ToList();
        var existing = scenario.Sites
            .Where(s => s.Tier == SiteTier.VillageOutlet || (request.StationsAreOutlets && s.Tier == SiteTier.TownshipStation))
            .ToList();
        var candidates = scenario.Sites.Where(SitingCandidates.IsOutlet).ToList();
        var facilities = existing.Concat(candidates).ToList();

        var builder = new SitingProblemBuilder(request.Model)
        {
            FacilityCount = request.NewOutlets,
            Budget = request.Budget,
            CoverageRadius = request.Threshold is { } t ? (int)Math.Min(t.Value, int.MaxValue) : null,
        };
        if (request.Threshold is { Value: > int.MaxValue } tooLarge)
        {
            throw new DataValidationException([new DataError("threshold-too-large",
                $"the siting threshold {tooLarge} does not fit the solver's integer distances", Column: "threshold", Value: tooLarge.ToString())]);
        }

        foreach (var d in demands)
        {
            builder.AddDemand(d.Id.Value, d.Population);
        }

        foreach (var f in existing)
        {
            builder.AddCandidate(f.Id.Value, openingCost: 0, existing: true);
        }

        foreach (var c in candidates)
        {
            builder.AddCandidate(c.Id.Value, request.OpeningCost);
        }

        bool byTime = request.Threshold?.Kind == CoverageThresholdKind.TravelTime;
        var matrix = new int[demands.Count, facilities.Count];
        if (byTime)
        {
            FillTimes(matrix, request, scenario, demands, facilities);
        }
        else
        {
            for (int i = 0; i < demands.Count; i++)
            {
                for (int j = 0; j < facilities.Count; j++)
                {
                    matrix[i, j] = checked((int)Math.Round(GreatCircle.DistanceMetres(demands[i].Location, facilities[j].Location), MidpointRounding.AwayFromZero));
                }
            }
        }

        builder.SetDistances(matrix);
        return new ScenarioSitingProblem(
            builder.Build(), demands, facilities, byTime ? CoverageThresholdKind.TravelTime : CoverageThresholdKind.Distance);
    }

    /// <summary>
    /// Travel times village → facility through the request's provider. A pair without a drivable path can never cover
    /// (maximal covering, set cover: it gets a time just above the threshold, which is all those models look at); for
    /// p-median, where the time itself is the objective, such pairs are errors naming both sites.
    /// </summary>
    private static void FillTimes(int[,] matrix, ScenarioSitingRequest request, Scenario scenario, List<Site> demands, List<Site> facilities)
    {
        var times = request.CoverageOptions.TravelTimesFor(scenario)
            .Matrix(demands.Select(d => d.Location).ToArray(), facilities.Select(f => f.Location).ToArray());
        var errors = new ErrorList();
        var notCovering = (int)Math.Min((long)int.MaxValue, (request.Threshold?.Value ?? 0) + 1);
        for (int i = 0; i < demands.Count; i++)
        {
            for (int j = 0; j < facilities.Count; j++)
            {
                if (times.Duration(i, j) is { } t)
                {
                    matrix[i, j] = checked((int)t.Value);
                }
                else if (request.Model == SitingObjective.PMedian)
                {
                    errors.Add(new DataError("travel.unreachable",
                        $"路网中没有从 {demands[i].Id} {demands[i].Name} 到 {facilities[j].Id} {facilities[j].Name} 的道路，无法计算 p-median / no drivable path from the village to this site, so p-median by time is undefined; fix the road data or use a distance threshold",
                        Value: facilities[j].Id.Value, Entity: Verification.TravelWarnings.Name(demands[i])));
                }
                else
                {
                    matrix[i, j] = notCovering;
                }
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>
    /// The objective with the existing outlets only (no new outlet): covered population for maximal covering,
    /// population × distance for p-median, 0 for set cover when the existing outlets already cover every village.
    /// Null when there is no such value (p-median without any outlet, set cover not yet feasible).
    /// </summary>
    public long? ExistingOnlyValue()
    {
        var p = Problem;
        long covered = 0;
        long total = 0;
        bool allCovered = true;
        for (int i = 0; i < p.DemandCount; i++)
        {
            long nearest = long.MaxValue;
            for (int j = 0; j < p.CandidateCount; j++)
            {
                if (p.IsExisting(j))
                {
                    nearest = Math.Min(nearest, p.Distance(i, j));
                }
            }

            if (nearest == long.MaxValue)
            {
                allCovered = false;
                if (p.Objective == SitingObjective.PMedian)
                {
                    return null;
                }

                continue;
            }

            total += p.Weight(i) * nearest;
            if (p.CoverageRadius is { } r && nearest <= r)
            {
                covered += p.Weight(i);
            }
            else
            {
                allCovered = false;
            }
        }

        return p.Objective switch
        {
            SitingObjective.PMedian => total,
            SitingObjective.MaximalCovering => covered,
            _ => allCovered ? 0 : null,
        };
    }
}
