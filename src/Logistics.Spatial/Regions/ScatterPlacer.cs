using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Logistics.Spatial.Regions;

/// <summary>
/// Spreads points inside an area deterministically, for places whose true position is unknown (for example
/// villages without coordinates inside their township's territory).
/// <para>
/// Method: candidates come from the 2-D Halton sequence (bases 2 and 3) over the area's bounding box, shifted by
/// an offset derived from a caller-supplied key (a Cranley–Patterson rotation, so that different areas do not
/// all start with the same pattern). A candidate is accepted when it lies inside the area and is at least the
/// current spacing away from every point already there (the occupied points and those placed before it), which
/// gives an even, Poisson-disk-like spread. The spacing starts at <see cref="InitialSpacingFactor"/> ×
/// √(area / n) and is multiplied by 0.8 whenever <see cref="RejectionsBeforeShrink"/> candidates in a row are
/// rejected, so the method always finishes. No random number generator is involved: the same area, count, key
/// and occupied points give the same points on every run and platform.
/// </para>
/// Coordinates must be planar (e.g. <see cref="LocalPlane"/> kilometres), not degrees.
/// </summary>
public sealed class ScatterPlacer
{
    /// <summary>Start spacing as a fraction of √(area / n): 0.7 is close to the densest reliable Poisson-disk packing.</summary>
    public const double InitialSpacingFactor = 0.7;

    /// <summary>Consecutive rejections after which the spacing shrinks by 20 %.</summary>
    public const int RejectionsBeforeShrink = 300;

    private const int MaxCandidates = 5_000_000;

    private readonly GeometryFactory _factory;

    public ScatterPlacer(GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>A stable 64-bit key for a text (FNV-1a over UTF-16 code units); unlike string.GetHashCode it never changes between runs.</summary>
    public static ulong StableKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 14695981039346656037UL;
        foreach (var ch in text)
        {
            hash ^= ch;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// Places <paramref name="count"/> points strictly inside <paramref name="area"/> (a polygon or multipolygon with
    /// positive area), spaced from <paramref name="occupied"/> and from each other.
    /// </summary>
    public IReadOnlyList<Coordinate> Place(Geometry area, int count, ulong key, IReadOnlyList<Coordinate> occupied)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(occupied);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return [];
        }

        if (area.IsEmpty || !(area.Area > 0) || area.Dimension != Dimension.Surface)
        {
            throw new ArgumentException("The area must be a polygon with a positive area.", nameof(area));
        }

        var prepared = PreparedGeometryFactory.Prepare(area);
        var env = area.EnvelopeInternal;
        var offsetX = Unit(SplitMix(key));
        var offsetY = Unit(SplitMix(key ^ 0x9E3779B97F4A7C15UL));
        var placed = new List<Coordinate>(count);
        var all = new List<Coordinate>(occupied.Count + count);
        all.AddRange(occupied);

        var spacing = InitialSpacingFactor * Math.Sqrt(area.Area / (count + occupied.Count));
        var rejections = 0;
        for (var i = 1; placed.Count < count; i++)
        {
            if (i > MaxCandidates)
            {
                throw new InvalidOperationException($"Could not place {count} points in the area after {MaxCandidates} candidates.");
            }

            var u = Frac(Halton(i, 2) + offsetX);
            var v = Frac(Halton(i, 3) + offsetY);
            var c = new Coordinate(env.MinX + (u * env.Width), env.MinY + (v * env.Height));
            if (prepared.Contains(_factory.CreatePoint(c)) && FarEnough(c, all, spacing))
            {
                placed.Add(c);
                all.Add(c);
                rejections = 0;
                continue;
            }

            if (++rejections >= RejectionsBeforeShrink)
            {
                spacing *= 0.8;
                rejections = 0;
            }
        }

        return placed;
    }

    private static bool FarEnough(Coordinate c, List<Coordinate> others, double spacing)
    {
        var s2 = spacing * spacing;
        foreach (var o in others)
        {
            var dx = o.X - c.X;
            var dy = o.Y - c.Y;
            if ((dx * dx) + (dy * dy) < s2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The radical inverse of <paramref name="index"/> in <paramref name="radix"/> (van der Corput).</summary>
    public static double Halton(int index, int radix)
    {
        var result = 0.0;
        var f = 1.0 / radix;
        for (var i = index; i > 0; i /= radix)
        {
            result += f * (i % radix);
            f /= radix;
        }

        return result;
    }

    private static double Frac(double x) => x - Math.Floor(x);

    private static double Unit(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
