namespace Logistics.Routing.Benchmarks;

/// <summary>A best-known solution value from a family's <c>bks.csv</c>.</summary>
public sealed record BksEntry(string Instance, double Cost, int? Vehicles, string Source);
