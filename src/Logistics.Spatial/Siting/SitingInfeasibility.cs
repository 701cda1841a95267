namespace Logistics.Spatial.Siting;

/// <summary>Why a siting problem has no feasible solution.</summary>
/// <param name="Code">A stable machine-readable reason code, e.g. <c>demand-not-coverable</c>.</param>
/// <param name="Message">The explanation, naming the demand point or constraint concerned.</param>
public sealed record SitingInfeasibility(string Code, string Message);
