using Logistics.Planning.Network;
using Logistics.Spatial.Siting;

namespace Logistics.Planning.Coverage;

/// <summary>Siting of new outlets on a scenario: maximal covering, p-median or set cover over its candidate sites.</summary>
public static class ScenarioSiting
{
    /// <exception cref="Core.Errors.DataValidationException">When the request does not fit the model or the scenario.</exception>
    public static ScenarioSitingResult Solve(
        Scenario scenario,
        ScenarioSitingRequest request,
        IProgress<SitingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(request);
        var problem = ScenarioSitingProblem.Build(scenario, request);
        var result = SitingSolver.Solve(problem.Problem, request.Solver, progress, cancellationToken);
        var chosen = result.NewFacilities.Select(j => problem.Facilities[j]).ToList();
        CoverageDelta? coverage = null;
        if (request.Threshold is not null && result.Value is not null)
        {
            var whatIf = WhatIfAnalysis.Run(
                scenario,
                new OutletChange { Add = chosen.Select(s => s.Id).ToList() },
                request.CoverageOptions);
            coverage = whatIf.Deltas[0];
        }

        return new ScenarioSitingResult(problem, result, chosen, problem.ExistingOnlyValue(), coverage);
    }
}
