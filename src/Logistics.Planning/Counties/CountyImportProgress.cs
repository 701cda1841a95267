namespace Logistics.Planning.Counties;

/// <summary>Where a county import is.</summary>
/// <param name="Phase">A short code: <c>read</c> (the geodata files and the outline), <c>townships</c> (station points), <c>villages</c> (village points, township by township), <c>scenario</c>.</param>
/// <param name="Fraction">Share of the whole import done, 0–1.</param>
public sealed record CountyImportProgress(string Phase, double Fraction);
