namespace Logistics.Planning.Periodic;

/// <summary>The independent re-costing of a periodic solution.</summary>
/// <param name="Travel">Total travel distance (= travel time) over all days, double-precision Euclidean.</param>
/// <param name="Service">Total service time of the visits made.</param>
/// <param name="MaxArrivalSpread">Largest latest-minus-earliest arrival of a customer over its visit days (vehicles leave at 0, no waiting).</param>
/// <param name="Vehicles">PVRP: most routes on one day; ConVRP: distinct vehicle numbers used.</param>
/// <param name="Notes">Accepted exceptions (a customer on the depot left out).</param>
public sealed record PeriodicCheck(
    double Travel,
    double Service,
    double MaxArrivalSpread,
    int Vehicles,
    int Routes,
    IReadOnlyList<PeriodicViolation> Violations,
    IReadOnlyList<string> Notes)
{
    /// <summary>The family's objective: PVRP travel only; ConVRP travel + service.</summary>
    public double Cost(PeriodicKind kind) => kind == PeriodicKind.Pvrp ? Travel : Travel + Service;

    public bool IsFeasible => Violations.Count == 0;
}
