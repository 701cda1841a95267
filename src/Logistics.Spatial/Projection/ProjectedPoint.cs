namespace Logistics.Spatial.Projection;

/// <summary>
/// A point in a metric grid, in metres: <see cref="X"/> is the easting and <see cref="Y"/> the northing (GIS order;
/// Chinese survey tables print them the other way round, as x = northing, y = easting).
/// </summary>
public readonly record struct ProjectedPoint(double X, double Y)
{
    /// <summary>Straight-line distance in the grid, metres (the grid's scale error applies, see <see cref="MetricGrid"/>).</summary>
    public double DistanceTo(ProjectedPoint other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(E {X:F3}, N {Y:F3})");
}
