using Logistics.Core.Geo;

namespace Logistics.Spatial.Travel;

/// <summary>Conveniences on <see cref="ITravelTimeProvider"/>.</summary>
public static class TravelTimeProviderExtensions
{
    /// <summary>The square matrix between all <paramref name="points"/> (row = from, column = to).</summary>
    public static TravelMatrix Matrix(this ITravelTimeProvider provider, IReadOnlyList<GeoPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.Matrix(points, points, cancellationToken);
    }
}
