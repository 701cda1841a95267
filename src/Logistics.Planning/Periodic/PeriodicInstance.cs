namespace Logistics.Planning.Periodic;

/// <summary>
/// A periodic routing instance as read from a benchmark file: one depot, customers with visit-day combinations,
/// t days with a capacity and a route-duration limit each. Coordinates are kept; travel time = Euclidean distance.
/// </summary>
/// <param name="Name">File name without extension (the key of <c>bks.csv</c>).</param>
/// <param name="VehiclesPerDay">PVRP: at most m routes a day; ConVRP: null (fleet not limited).</param>
/// <param name="Capacity">Vehicle capacity per day (index d−1).</param>
/// <param name="MaxDuration">Route-duration limit (travel + service) per day; <see cref="double.PositiveInfinity"/> = none.</param>
/// <param name="Notes">Quirks the reader met and how they are read (e.g. a customer on the depot).</param>
public sealed record PeriodicInstance(
    string Name,
    PeriodicKind Kind,
    int Days,
    int? VehiclesPerDay,
    IReadOnlyList<double> Capacity,
    IReadOnlyList<double> MaxDuration,
    double DepotX,
    double DepotY,
    IReadOnlyList<PeriodicCustomer> Customers,
    IReadOnlyList<string> Notes)
{
    /// <summary>Whether customer <paramref name="index"/> (0-based) sits exactly on the depot (travel 0 both ways).</summary>
    public bool IsOnDepot(int index) => Customers[index].X == DepotX && Customers[index].Y == DepotY;

    /// <summary>Customer index (0-based) by its file number.</summary>
    public int IndexOf(int number)
    {
        for (var i = 0; i < Customers.Count; i++)
        {
            if (Customers[i].Number == number)
            {
                return i;
            }
        }

        return -1;
    }
}
