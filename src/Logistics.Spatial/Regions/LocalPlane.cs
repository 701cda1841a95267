using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Regions;

/// <summary>
/// A local flat approximation in kilometres around an origin (equirectangular: x east, y north). Over a county
/// (≤ 100 km across) the distortion is well below 1 %, which is all that territory shapes and point spacing need;
/// it keeps Voronoi cells from being stretched east–west as they would be in raw degrees (at 30° N one degree of
/// longitude is only 0.87 of a degree of latitude).
/// </summary>
public sealed class LocalPlane
{
    /// <summary>Kilometres per degree of latitude (mean).</summary>
    public const double KmPerDegreeLat = 110.574;

    /// <summary>Kilometres per degree of longitude at the equator.</summary>
    public const double KmPerDegreeLonAtEquator = 111.320;

    private readonly double _kmPerDegLon;

    public LocalPlane(double originLon, double originLat)
    {
        if (!double.IsFinite(originLon) || !double.IsFinite(originLat) || originLat is < -85 or > 85)
        {
            throw new ArgumentOutOfRangeException(nameof(originLat), "The origin must be a finite point between 85° S and 85° N.");
        }

        OriginLon = originLon;
        OriginLat = originLat;
        _kmPerDegLon = KmPerDegreeLonAtEquator * Math.Cos(originLat * Math.PI / 180.0);
    }

    public double OriginLon { get; }

    public double OriginLat { get; }

    /// <summary>Lon/lat (degrees) to plane (km).</summary>
    public Coordinate ToPlane(Coordinate lonLat) =>
        new((lonLat.X - OriginLon) * _kmPerDegLon, (lonLat.Y - OriginLat) * KmPerDegreeLat);

    /// <summary>Plane (km) to lon/lat (degrees).</summary>
    public Coordinate ToLonLat(Coordinate xy) =>
        new(OriginLon + (xy.X / _kmPerDegLon), OriginLat + (xy.Y / KmPerDegreeLat));

    /// <summary>A copy of a lon/lat geometry in plane coordinates.</summary>
    public Geometry ToPlane(Geometry lonLat) => Transform(lonLat, toPlane: true);

    /// <summary>A copy of a plane geometry in lon/lat coordinates.</summary>
    public Geometry ToLonLat(Geometry plane) => Transform(plane, toPlane: false);

    private Geometry Transform(Geometry geometry, bool toPlane)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var copy = geometry.Copy();
        copy.Apply(new TransformFilter(this, toPlane));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class TransformFilter(LocalPlane plane, bool toPlane) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var c = new Coordinate(seq.GetX(i), seq.GetY(i));
            var t = toPlane ? plane.ToPlane(c) : plane.ToLonLat(c);
            seq.SetX(i, t.X);
            seq.SetY(i, t.Y);
        }
    }
}
