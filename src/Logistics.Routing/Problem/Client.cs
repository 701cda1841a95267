namespace Logistics.Routing.Problem;

/// <summary>
/// A stop to serve. One stop can both receive goods (<see cref="Delivery"/>, loaded at the depot) and hand goods over
/// (<see cref="Pickup"/>, carried back to the depot): simultaneous pickup and delivery. Amounts are vectors with one
/// entry per load dimension (e.g. kg, m³), in integer units.
/// </summary>
/// <param name="Name">A label for reports.</param>
/// <param name="Delivery">Amount delivered per dimension.</param>
/// <param name="Pickup">Amount picked up per dimension.</param>
/// <param name="ServiceDuration">Time spent at the stop.</param>
/// <param name="TimeWindows">One or more sorted, disjoint windows in which service may start.</param>
/// <param name="Required">When false the stop may be skipped, losing its <see cref="Prize"/>.</param>
/// <param name="Prize">Value collected when an optional stop is served (ignored for required stops).</param>
public sealed record Client(
    string Name,
    IReadOnlyList<long> Delivery,
    IReadOnlyList<long> Pickup,
    long ServiceDuration,
    IReadOnlyList<TimeWindow> TimeWindows,
    bool Required = true,
    long Prize = 0);
