using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>What-if: open outlets at candidate sites or villages, close outlets, and see the change in coverage.</summary>
public static class WhatIfAnalysis
{
    /// <exception cref="Core.Errors.DataValidationException">When a site of the change does not exist or has the wrong tier.</exception>
    public static WhatIfResult Run(
        Scenario scenario, OutletChange change, CoverageOptions? options = null, Lines.LinePlan? plan = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(change);
        var after = CoverageAnalyzer.Analyze(scenario, options, change, plan, cancellationToken);
        var before = change.IsEmpty ? after : CoverageAnalyzer.Analyze(scenario, options, OutletChange.None, plan, cancellationToken);
        var deltas = before.County.Zip(after.County).Select(p => new CoverageDelta(p.First.Threshold, p.First, p.Second)).ToList();
        return new WhatIfResult(change, before, after, deltas);
    }
}
