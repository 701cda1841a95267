namespace Logistics.Planning.Coverage;

/// <summary>Coverage of one township's villages at every threshold of the report.</summary>
/// <param name="TownshipCode">The 9-digit township code (empty for villages without one).</param>
/// <param name="StationName">The township station's name; empty when the scenario has no station for the code.</param>
/// <param name="Shares">One share per threshold, in the order of <see cref="CoverageReport.Thresholds"/>.</param>
public sealed record TownshipCoverage(string TownshipCode, string StationName, IReadOnlyList<CoverageShare> Shares);
