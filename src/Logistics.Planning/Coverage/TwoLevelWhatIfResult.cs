using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>The two plans of <see cref="TwoLevelWhatIf"/>: every candidate open (before) and the chosen sites (after).</summary>
/// <param name="Before">The scenario with a centre in every township and an outlet in every village.</param>
/// <param name="After">The scenario with the chosen centres and outlets.</param>
/// <param name="PlanBefore">Plan, figures and check of <paramref name="Before"/>.</param>
/// <param name="PlanAfter">Plan, figures and check of <paramref name="After"/>.</param>
/// <param name="CarriedKgBefore">Weekly kg down + up the before plan carries.</param>
/// <param name="CarriedKgAfter">Weekly kg down + up the after plan carries.</param>
/// <param name="DemandKgBefore">Weekly kg down + up of all demand, before.</param>
/// <param name="DemandKgAfter">Weekly kg down + up of all demand, after (the same goods, gathered at the outlets).</param>
public sealed record TwoLevelWhatIfResult(
    Scenario Before,
    Scenario After,
    WhatIfPlan PlanBefore,
    WhatIfPlan PlanAfter,
    double CarriedKgBefore,
    double CarriedKgAfter,
    double DemandKgBefore,
    double DemandKgAfter);
