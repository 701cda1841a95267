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
    private readonly double _kmPerDegLon;
    private readonly double _kmPerDegLat;

    public LocalPlane(double originLon, double originLat)
    {
        if (!double.IsFinite(originLon) || !double.IsFinite(originLat) || originLat is < -85 or > 85)
        {
            throw new ArgumentOutOfRangeException(nameof(originLat), "The origin must be a finite point between 85° S and 85° N.");
        }

        OriginLon = originLon;
        OriginLat = originLat;
        // Lengths of one degree on the WGS84 ellipsoid at the origin's latitude (standard series).
        var phi = originLat * Math.PI / 180.0;
        _kmPerDegLat = 111.13292 - (0.55982 * Math.Cos(2 * phi)) + (0.00117 * Math.Cos(4 * phi));
        _kmPerDegLon = (111.41284 * Math.Cos(phi)) - (0.09350 * Math.Cos(3 * phi)) + (0.00012 * Math.Cos(5 * phi));
    }

    public double OriginLon { get; }

    public double OriginLat { get; }

    /// <summary>Kilometres per degree of longitude at the origin.</summary>
    public double KmPerDegreeLon => _kmPerDegLon;

    /// <summary>Kilometres per degree of latitude at the origin.</summary>
    public double KmPerDegreeLat => _kmPerDegLat;

    /// <summary>Lon/lat (degrees) to plane (km).</summary>
    public Coordinate ToPlane(Coordinate lonLat) =>
        new((lonLat.X - OriginLon) * _kmPerDegLon, (lonLat.Y - OriginLat) * _kmPerDegLat);

    /// <summary>Plane (km) to lon/lat (degrees).</summary>
    public Coordinate ToLonLat(Coordinate xy) =>
        new(OriginLon + (xy.X / _kmPerDegLon), OriginLat + (xy.Y / _kmPerDegLat));

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
