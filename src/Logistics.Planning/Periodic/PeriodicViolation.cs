namespace Logistics.Planning.Periodic;

/// <summary>A broken rule found by <see cref="PeriodicChecker"/>, with the measured value and the limit where there is one.</summary>
/// <param name="Code">Stable code: <c>capacity</c>, <c>duration</c>, <c>combination</c>, <c>missing</c>, <c>repeated</c>, <c>fleet</c>, <c>unknown</c>, <c>day</c>, <c>vehicle</c>, <c>arrival-spread</c>.</param>
public sealed record PeriodicViolation(string Code, string Message, int? Day = null, int? Vehicle = null, int? Customer = null, double? Value = null, double? Limit = null);
