using Logistics.Planning.Network;
using Logistics.Spatial.Siting;

namespace Logistics.Planning.Coverage;

/// <summary>
/// The answer of <see cref="ScenarioSiting.Solve"/>: the candidate sites chosen as new outlets, the solver's result
/// (objective, proven bound, gap, status, times), the objective with the existing outlets only, and the coverage
/// before and after at the request's threshold.
/// </summary>
public sealed record ScenarioSitingResult(
    ScenarioSitingProblem Problem,
    SitingResult Result,
    IReadOnlyList<Site> Chosen,
    long? ValueBefore,
    CoverageDelta? Coverage);
