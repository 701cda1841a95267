namespace Logistics.Planning.Periodic;

/// <summary>
/// One customer of a periodic instance. Days are numbered 1…t; a day set is a mask with bit d−1 for day d
/// (see <see cref="DayMask"/>).
/// </summary>
/// <param name="Number">The customer's number as the files write it (1…n).</param>
/// <param name="Demand">Demand per day (index d−1); only days of the chosen combination count.</param>
/// <param name="Service">Service time per day (index d−1).</param>
/// <param name="Combinations">Allowed visit-day sets (masks); ConVRP: exactly one, the given days, or none for a customer never visited.</param>
/// <param name="StatedFrequency">Visits per period as the file states it (may disagree with the combinations: p11's customer 131).</param>
public sealed record PeriodicCustomer(
    int Number,
    double X,
    double Y,
    IReadOnlyList<double> Demand,
    IReadOnlyList<double> Service,
    IReadOnlyList<int> Combinations,
    int StatedFrequency)
{
    /// <summary>Visits per period implied by the combinations (all have the same count in both families).</summary>
    public int Visits => Combinations.Count == 0 ? 0 : DayMask.Count(Combinations[0]);
}
