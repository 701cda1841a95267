using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>
/// The answer of <see cref="WhatIfPlanning.Run"/>: the change in coverage, the changed scenario with how each added
/// and closed outlet was modelled, and per mode the plans before and after with the change in weekly km, cost, CO₂,
/// vehicles and lines.
/// </summary>
/// <param name="Coverage">Coverage before and after (<see cref="WhatIfAnalysis"/>).</param>
/// <param name="Before">The scenario as it is.</param>
/// <param name="After">The scenario with the change applied (what the after plans are made for).</param>
/// <param name="Added">The added outlets, in the order of the change.</param>
/// <param name="Closed">The closed outlets, in the order of the change.</param>
/// <param name="Plans">One comparison per requested mode, in the order asked.</param>
/// <param name="Warnings">Modelling notes: an added outlet that is no village's nearest and carries no goods, a current plan made for another scenario.</param>
public sealed record WhatIfPlanningResult(
    WhatIfResult Coverage,
    Scenario Before,
    Scenario After,
    IReadOnlyList<AddedOutlet> Added,
    IReadOnlyList<ClosedOutlet> Closed,
    IReadOnlyList<WhatIfPlanComparison> Plans,
    IReadOnlyList<Core.Errors.DataError> Warnings);
