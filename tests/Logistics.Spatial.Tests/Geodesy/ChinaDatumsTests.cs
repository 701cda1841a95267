using System.Globalization;
using Logistics.Core.Geo;
using Logistics.Spatial.Geodesy;

namespace Logistics.Spatial.Tests.Geodesy;

/// <summary>
/// ChinaDatums against values published by other, independent implementations and by Amap itself. The sources are
/// named per case; where a source disagrees with the public formula the figure is stated in the test.
/// </summary>
public class ChinaDatumsTests
{
    // Chongqing municipality's bounding rectangle, as used by the project's acceptance criteria.
    private const double ChongqingMinLon = 105.2;
    private const double ChongqingMaxLon = 110.2;
    private const double ChongqingMinLat = 28.1;
    private const double ChongqingMaxLat = 32.2;

    public static TheoryData<double, double, double, double, double, string> WgsToGcjReferences => new()
    {
        // googollee/eviltransform test vectors (go/transform_test.go, python/test.py): wgs → gcj, 15+ digits.
        { 121.5272106, 31.1774276, 121.531541859215, 31.17530398364597, 1e-9, "eviltransform Shanghai" },
        { 113.912316, 22.543847, 113.9171764808363, 22.540796131694766, 1e-9, "eviltransform Shenzhen" },
        { 116.377817, 39.911954, 116.38404722455657, 39.91334545536069, 1e-9, "eviltransform Beijing" },
        // wandergis/coordtransform test/app.js: wgs84togcj02(116.404, 39.915).
        { 116.404, 39.915, 116.41024449916938, 39.91640428150164, 1e-9, "coordtransform app.js" },
        // An R package's testthat file (transform_coord): wgs_to_gcj(39.90734, 116.39089), 8 decimals.
        { 116.39089, 39.90734, 116.39713094, 39.90874107, 1e-8, "R transform_coord" },
        // The same file quotes Amap's own convert API for that point: 116.39713623, 39.90874539. The public formula
        // is 5.3e-6° lon / 4.3e-6° lat (0.66 m) away from Amap's answer: the formula is "accurate to a metre".
        { 116.39089, 39.90734, 116.39713623, 39.90874539, 1e-5, "Amap convert API (via R transform_coord)" },
        // A Rust CLI test (geotool transform … crypto -f wgs84 -t gcj02): agrees to 7.7e-8° (8 mm), a constant's rounding.
        { 121.0917077, 30.6107779, 121.09626935575027, 30.608604331756705, 1e-6, "geotool" },
    };

    public static TheoryData<double, double, double, double, double, string> GcjToBdReferences => new()
    {
        // wandergis/coordtransform test/app.js: gcj02tobd09(116.404, 39.915).
        { 116.404, 39.915, 116.41036949371029, 39.92133699351021, 1e-9, "coordtransform app.js" },
        // R transform_coord: gcj_to_bd(39.908746, 116.397131), 8 decimals.
        { 116.397131, 39.908746, 116.40350426, 39.91508839, 1e-8, "R transform_coord" },
        // hujiulong/gcoord test/unit/crs/GCJ02.spec.js: GCJ02.to.BD09([123, 45]), 8 decimals.
        { 123, 45, 123.00636499, 45.00636899, 1e-8, "gcoord" },
        // geotool: the GCJ-02 value of its WGS84 point, to BD-09.
        { 121.09626935575027, 30.608604331756705, 121.10271732371203, 30.61484572185035, 1e-9, "geotool" },
        // googollee/eviltransform matlab/test/testSuite.m gcj2bdTest: 5 decimals (tolerance 5e-5 there).
        { 116.42703, 39.90245, 116.43351, 39.90851, 1e-5, "eviltransform matlab" },
    };

    public static TheoryData<double, double, double, double, double, string> BdToGcjReferences => new()
    {
        // wandergis/coordtransform test/app.js: bd09togcj02(116.404, 39.915).
        { 116.404, 39.915, 116.39762729119315, 39.90865673957631, 1e-9, "coordtransform app.js" },
        // R transform_coord: bd_to_gcj(39.91509, 116.40350), 8 decimals.
        { 116.40350, 39.91509, 116.39712692, 39.90874808, 1e-8, "R transform_coord" },
        // eviltransform matlab bd2gcjTest: 5 decimals.
        { 116.43351, 39.90851, 116.42703, 39.90245, 1e-5, "eviltransform matlab" },
    };

    public static TheoryData<double, double, double, double, double, string> GcjToWgsReferences => new()
    {
        // Amap's Tiananmen point, as in ../shared/geodata/README.md, 6 decimals.
        { 116.397428, 39.90923, 116.391187, 39.907829, 1e-6, "Amap Tiananmen (geodata README)" },
        // eviltransform's exact inverse must land within 0.5 m of these; ours is the exact fixed point.
        { 121.531541859215, 31.17530398364597, 121.5272106, 31.1774276, 1e-9, "eviltransform Shanghai" },
        { 116.38404722455657, 39.91334545536069, 116.377817, 39.911954, 1e-9, "eviltransform Beijing" },
        // R transform_coord: gcj_to_wgs(39.908746, 116.397131), 8 decimals.
        { 116.397131, 39.908746, 116.39089006, 39.90734493, 1e-8, "R transform_coord" },
        // gcoord GCJ02.to.WGS84([123, 45]), checked there to 5 decimals (ours: 1.6e-7° away).
        { 123, 45, 122.99395597, 44.99804071, 1e-6, "gcoord" },
    };

    [Theory]
    [MemberData(nameof(WgsToGcjReferences))]
    public void Wgs84_to_gcj02_matches_published_values(double lon, double lat, double expLon, double expLat, double tol, string source)
        => AssertNear(new GeoPoint(expLon, expLat), ChinaDatums.Wgs84ToGcj02(new GeoPoint(lon, lat)), tol, source);

    [Theory]
    [MemberData(nameof(GcjToWgsReferences))]
    public void Gcj02_to_wgs84_matches_published_values(double lon, double lat, double expLon, double expLat, double tol, string source)
        => AssertNear(new GeoPoint(expLon, expLat), ChinaDatums.Gcj02ToWgs84(new GeoPoint(lon, lat)), tol, source);

    [Theory]
    [MemberData(nameof(GcjToBdReferences))]
    public void Gcj02_to_bd09_matches_published_values(double lon, double lat, double expLon, double expLat, double tol, string source)
        => AssertNear(new GeoPoint(expLon, expLat), ChinaDatums.Gcj02ToBd09(new GeoPoint(lon, lat)), tol, source);

    [Theory]
    [MemberData(nameof(BdToGcjReferences))]
    public void Bd09_to_gcj02_matches_published_values(double lon, double lat, double expLon, double expLat, double tol, string source)
        => AssertNear(new GeoPoint(expLon, expLat), ChinaDatums.Bd09ToGcj02(new GeoPoint(lon, lat)), tol, source);

    [Theory]
    // eviltransform's TESTS_bd (python/test.py): BD-09 → WGS84 pairs near Jinhua, Zhejiang, that look like answers of
    // Baidu's own service rather than of the public formula: the formula lands 10.5 m and 41.5 m away. Anything that
    // converts Baidu data with the formula must expect errors of that size; a wrong sign or a skipped step is ≥ 600 m.
    [InlineData(120.019809, 29.199786, 120.00877901149691, 29.196131605295484, 10.5)]
    [InlineData(120.036455, 29.210504, 120.0253853970846, 29.206795749156136, 41.5)]
    public void Bd09_to_wgs84_is_within_the_known_formula_error_of_published_baidu_pairs(
        double bdLon, double bdLat, double wgsLon, double wgsLat, double knownDeviationMetres)
    {
        var got = ChinaDatums.Bd09ToWgs84(new GeoPoint(bdLon, bdLat));
        var metres = GreatCircle.DistanceMetres(got, new GeoPoint(wgsLon, wgsLat));
        Assert.InRange(metres, knownDeviationMetres - 1.0, knownDeviationMetres + 1.0);
    }

    [Fact]
    public void Gcj02_wgs84_round_trip_is_below_half_a_metre_over_chongqing()
    {
        var worst = 0.0;
        foreach (var wgs in ChongqingGrid())
        {
            var gcj = ChinaDatums.Wgs84ToGcj02(wgs);
            worst = Math.Max(worst, GreatCircle.DistanceMetres(wgs, ChinaDatums.Gcj02ToWgs84(gcj)));

            // The other way round: a GCJ-02 grid point, to WGS84 and back.
            var back = ChinaDatums.Wgs84ToGcj02(ChinaDatums.Gcj02ToWgs84(wgs));
            worst = Math.Max(worst, GreatCircle.DistanceMetres(wgs, back));
        }

        Assert.True(worst < 0.5, $"worst GCJ-02 round trip {worst:F4} m");
        Assert.True(worst < 1e-3, $"the iterative inverse should be exact to a millimetre, got {worst:F6} m");
    }

    [Fact]
    public void Bd09_round_trips_are_below_half_a_metre_over_chongqing()
    {
        var worstGcj = 0.0;
        var worstWgs = 0.0;
        foreach (var p in ChongqingGrid())
        {
            worstGcj = Math.Max(worstGcj, GreatCircle.DistanceMetres(p, ChinaDatums.Bd09ToGcj02(ChinaDatums.Gcj02ToBd09(p))));
            worstGcj = Math.Max(worstGcj, GreatCircle.DistanceMetres(p, ChinaDatums.Gcj02ToBd09(ChinaDatums.Bd09ToGcj02(p))));
            worstWgs = Math.Max(worstWgs, GreatCircle.DistanceMetres(p, ChinaDatums.Bd09ToWgs84(ChinaDatums.Wgs84ToBd09(p))));
            worstWgs = Math.Max(worstWgs, GreatCircle.DistanceMetres(p, ChinaDatums.Wgs84ToBd09(ChinaDatums.Bd09ToWgs84(p))));
        }

        // BD-09 → GCJ-02 is the customary closed-form approximate inverse: about 0.12 m at worst here.
        Assert.True(worstGcj < 0.5, $"worst BD-09/GCJ-02 round trip {worstGcj:F4} m");
        Assert.True(worstWgs < 0.5, $"worst BD-09/WGS84 round trip {worstWgs:F4} m");
    }

    [Fact]
    public void Offsets_in_chongqing_have_the_known_size()
    {
        // Over the whole municipality the GCJ-02 shift is 399–598 m and BD-09 adds another 886–945 m; a no-op or a
        // sign error would fail here while every round trip above still passed.
        foreach (var wgs in ChongqingGrid())
        {
            var gcj = ChinaDatums.Wgs84ToGcj02(wgs);
            Assert.InRange(GreatCircle.DistanceMetres(wgs, gcj), 380.0, 620.0);
            Assert.True(gcj.Lon > wgs.Lon && gcj.Lat < wgs.Lat, $"GCJ-02 shifts east and south in Chongqing, at {wgs}");
            Assert.InRange(GreatCircle.DistanceMetres(gcj, ChinaDatums.Gcj02ToBd09(gcj)), 850.0, 980.0);
        }
    }

    [Fact]
    public void No_offset_outside_china()
    {
        var paris = new GeoPoint(2.3522, 48.8566);
        Assert.False(ChinaDatums.OffsetApplies(paris));
        Assert.Equal(paris, ChinaDatums.Wgs84ToGcj02(paris));
        Assert.Equal(paris, ChinaDatums.Gcj02ToWgs84(paris));
    }

    [Theory]
    [InlineData(CoordinateSystem.Wgs84)]
    [InlineData(CoordinateSystem.Cgcs2000)]
    [InlineData(CoordinateSystem.Gcj02)]
    [InlineData(CoordinateSystem.Bd09)]
    public void To_and_from_wgs84_by_system_round_trip(CoordinateSystem system)
    {
        var wgs = new GeoPoint(107.328841, 30.330250);
        var there = ChinaDatums.FromWgs84(wgs, system);
        Assert.True(GreatCircle.DistanceMetres(wgs, ChinaDatums.ToWgs84(there, system)) < 0.5);
        var expectedShift = system is CoordinateSystem.Gcj02 or CoordinateSystem.Bd09;
        Assert.Equal(expectedShift, GreatCircle.DistanceMetres(wgs, there) > 100);
    }

    [Theory]
    [InlineData("500116")]
    [InlineData("500230")]
    [InlineData("500231")]
    [InlineData("500236")]
    [InlineData("500242")]
    public void Shared_township_and_village_points_convert_from_gcj02_to_their_wgs84_columns(string county)
    {
        var checkedPoints = 0;
        foreach (var file in new[] { $"townships_{county}.csv", $"villages_{county}.csv" })
        {
            var path = SharedGeodata.RequireFile(file);
            foreach (var (row, wgs, gcj) in ReadPointPairs(path))
            {
                var got = ChinaDatums.Gcj02ToWgs84(gcj);
                // The columns are written with 6 decimals, so 5e-7° of rounding plus the conversion.
                Assert.True(
                    Math.Abs(got.Lon - wgs.Lon) <= 1e-6 && Math.Abs(got.Lat - wgs.Lat) <= 1e-6,
                    $"{file} row {row}: {gcj} GCJ-02 → {got}, file says {wgs}");
                Assert.InRange(GreatCircle.DistanceMetres(wgs, gcj), 400.0, 600.0);
                checkedPoints++;
            }
        }

        Assert.True(checkedPoints >= 20, $"only {checkedPoints} points with coordinates in county {county}");
    }

    private static IEnumerable<GeoPoint> ChongqingGrid()
    {
        const int steps = 20;
        for (var i = 0; i <= steps; i++)
        {
            for (var j = 0; j <= steps; j++)
            {
                yield return new GeoPoint(
                    ChongqingMinLon + (ChongqingMaxLon - ChongqingMinLon) * i / steps,
                    ChongqingMinLat + (ChongqingMaxLat - ChongqingMinLat) * j / steps);
            }
        }
    }

    private static void AssertNear(GeoPoint expected, GeoPoint actual, double toleranceDegrees, string source)
    {
        Assert.True(
            Math.Abs(expected.Lon - actual.Lon) <= toleranceDegrees && Math.Abs(expected.Lat - actual.Lat) <= toleranceDegrees,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{source}: expected ({expected.Lon:R}, {expected.Lat:R}), got ({actual.Lon:R}, {actual.Lat:R}), tolerance {toleranceDegrees}°"));
    }

    /// <summary>Rows of a shared geodata CSV that have both WGS84 and GCJ-02 coordinates (row numbers as Excel shows them).</summary>
    private static IEnumerable<(int Row, GeoPoint Wgs, GeoPoint Gcj)> ReadPointPairs(string path)
    {
        using var reader = new StreamReader(path);
        var header = SplitCsvLine(reader.ReadLine() ?? string.Empty);
        int Col(string name) => header.IndexOf(name) is >= 0 and var i ? i : throw new InvalidDataException($"{path}: no column {name}");
        var (lon, lat, lonG, latG) = (Col("lon"), Col("lat"), Col("lon_gcj02"), Col("lat_gcj02"));
        var row = 1;
        while (reader.ReadLine() is { } line)
        {
            row++;
            var f = SplitCsvLine(line);
            if (f[lon].Length == 0 || f[lonG].Length == 0)
            {
                continue;
            }

            yield return (row, new GeoPoint(Parse(f[lon]), Parse(f[lat])), new GeoPoint(Parse(f[lonG]), Parse(f[latG])));
        }

        static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
