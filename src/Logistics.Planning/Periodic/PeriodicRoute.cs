namespace Logistics.Planning.Periodic;

/// <summary>One route of a periodic solution: a day (1…t), a vehicle number (1…), the customers' file numbers in order.</summary>
public sealed record PeriodicRoute(int Day, int Vehicle, IReadOnlyList<int> Customers);
