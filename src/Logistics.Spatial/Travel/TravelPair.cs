namespace Logistics.Spatial.Travel;

/// <summary>An ordered pair of matrix indexes: source <paramref name="From"/> (row) and target <paramref name="To"/> (column).</summary>
public readonly record struct TravelPair(int From, int To);
