using Logistics.Core.Errors;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Siting;

namespace Logistics.Planning.Coverage;

/// <summary>
/// Two-level siting on a scenario: which township seats get a service centre and which villages an outlet. Outlet
/// level: villages (weight = population) × existing outlets and candidate outlets, as
/// <see cref="ScenarioSitingProblem"/> (stations do not count as outlets). Centre level: existing township stations
/// (fixed open) and candidate centres (<see cref="SitingCandidates.IsCentre"/>), straight-line metres to the outlets.
/// </summary>
public static class ScenarioTwoLevelSiting
{
    /// <exception cref="DataValidationException">When the scenario has no candidates or the request does not fit.</exception>
    public static TwoLevelSitingAnswer Solve(Scenario scenario, TwoLevelSitingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ErrorList();
        var centres = scenario.SitesOf(SiteTier.TownshipStation).Concat(scenario.Sites.Where(SitingCandidates.IsCentre)).ToList();
        if (!scenario.Sites.Any(SitingCandidates.IsOutlet))
        {
            errors.Add(NoCandidates("outlet", "候选网点"));
        }

        if (!scenario.Sites.Any(SitingCandidates.IsCentre) && request.Centres > 0)
        {
            errors.Add(NoCandidates("centre", "候选服务中心"));
        }

        if (request.MaxOutletCentreKm is { } km && (!double.IsFinite(km) || km <= 0 || km > 1000))
        {
            errors.Add(new DataError("out-of-range", "最大网点—中心距离应在 0–1000 km / the maximum outlet–centre distance must be in 0–1000 km",
                Column: "maxOutletCentreKm", Value: km.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        errors.ThrowIfAny();
        var outlets = ScenarioSitingProblem.Build(scenario, request.OutletLevel);
        var builder = new TwoLevelSitingProblemBuilder(outlets.Problem)
        {
            CentreCount = request.Centres,
            CentreBudget = request.CentreBudget,
            MaxOutletCentreDistance = request.MaxOutletCentreKm is { } max ? (int)Math.Round(max * 1000) : null,
        };
        foreach (var c in centres)
        {
            builder.AddCentre(c.Id.Value, c.Tier == SiteTier.TownshipStation ? 0 : request.CentreOpeningCost, existing: c.Tier == SiteTier.TownshipStation);
        }

        var matrix = new int[outlets.Facilities.Count, centres.Count];
        for (int j = 0; j < outlets.Facilities.Count; j++)
        {
            for (int c = 0; c < centres.Count; c++)
            {
                matrix[j, c] = checked((int)Math.Round(GreatCircle.DistanceMetres(outlets.Facilities[j].Location, centres[c].Location), MidpointRounding.AwayFromZero));
            }
        }

        builder.SetOutletCentreDistances(matrix);
        var twoLevel = builder.Build();
        var result = TwoLevelSitingSolver.Solve(twoLevel, request.Solver, cancellationToken);
        var p = outlets.Problem;
        long total = Enumerable.Range(0, p.DemandCount).Sum(p.Weight);
        int? radius = request.Threshold is { } t ? (int)Math.Min(t.Value, int.MaxValue) : null;
        return new TwoLevelSitingAnswer(
            outlets,
            centres,
            twoLevel,
            result,
            radius,
            total,
            Covered(p, radius, j => p.IsExisting(j)),
            Covered(p, radius, _ => true),
            result.Value is null ? null : Covered(p, radius, result.OpenOutlets.ToHashSet().Contains));
    }

    /// <summary>Population within the coverage radius of an outlet for which <paramref name="open"/> holds; null without a radius.</summary>
    private static long? Covered(SitingProblem p, int? radius, Func<int, bool> open)
    {
        if (radius is not { } r)
        {
            return null;
        }

        long covered = 0;
        for (int i = 0; i < p.DemandCount; i++)
        {
            for (int j = 0; j < p.CandidateCount; j++)
            {
                if (open(j) && p.Distance(i, j) <= r)
                {
                    covered += p.Weight(i);
                    break;
                }
            }
        }

        return covered;
    }

    private static DataError NoCandidates(string what, string chinese) => new(
        $"no-candidate-{what}",
        $"情景中没有{chinese}：用 county <代码> --candidates 导入，或在站点文件中加入 tier=candidate 的站点 / the scenario has no candidate {what}s: import it with `county <code> --candidates`, or add sites with tier candidate",
        Column: "tier",
        Entity: "scenario");
}
