using Logistics.Core.Geo;
using NetTopologySuite.Geometries;

namespace Logistics.Spatial.Geodesy;

/// <summary>
/// <see cref="ChinaDatums"/> for whole NTS geometries: converts every vertex of a longitude/latitude geometry between
/// WGS84 and GCJ-02 or BD-09 (e.g. an Amap county outline, or a FeatureCollection of sites digitised on Baidu maps).
/// The input is not changed; the copy keeps its factory (SRID 4326) and Z values.
/// </summary>
public static class GeometryDatums
{
    /// <summary>A WGS84 copy of a geometry whose coordinates are in <paramref name="from"/>.</summary>
    public static Geometry ToWgs84(Geometry geometry, CoordinateSystem from) =>
        Convert(geometry, p => ChinaDatums.ToWgs84(p, from), from);

    /// <summary>A copy of a WGS84 geometry with its coordinates in <paramref name="to"/>.</summary>
    public static Geometry FromWgs84(Geometry geometry, CoordinateSystem to) =>
        Convert(geometry, p => ChinaDatums.FromWgs84(p, to), to);

    private static Geometry Convert(Geometry geometry, Func<GeoPoint, GeoPoint> convert, CoordinateSystem system)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (!Enum.IsDefined(system))
        {
            throw new ArgumentOutOfRangeException(nameof(system), system, null);
        }

        if (geometry.SRID is not (0 or GeometryServices.Wgs84Srid))
        {
            throw new ArgumentException($"expected longitude/latitude (SRID 4326), got SRID {geometry.SRID}", nameof(geometry));
        }

        var copy = geometry.Copy();
        if (system is CoordinateSystem.Wgs84 or CoordinateSystem.Cgcs2000)
        {
            return copy;
        }

        copy.Apply(new VertexFilter(convert));
        return copy;
    }

    private sealed class VertexFilter(Func<GeoPoint, GeoPoint> convert) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var p = convert(new GeoPoint(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, p.Lon);
            seq.SetY(i, p.Lat);
        }
    }
}
