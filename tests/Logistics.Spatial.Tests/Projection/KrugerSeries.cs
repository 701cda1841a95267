namespace Logistics.Spatial.Tests.Projection;

/// <summary>
/// An independent transverse Mercator for checking ProjNET: Krüger's series in the third flattening n, to n⁴
/// (Karney 2011, eq. 35; the form given for UTM in most textbooks), good to well below 0.1 mm within 4° of the
/// central meridian. It shares no code or method with ProjNET's Snyder series. It is itself checked against
/// published worked examples in <see cref="MetricProjectionTests"/>.
/// </summary>
internal sealed class KrugerSeries(double semiMajorAxis, double flattening)
{
    public static KrugerSeries Wgs84 { get; } = new(6378137.0, 1 / 298.257223563);

    public static KrugerSeries Cgcs2000 { get; } = new(6378137.0, 1 / 298.257222101);

    public (double Easting, double Northing) Forward(
        double lonDegrees, double latDegrees, double centralMeridian, double scale, double falseEasting, double falseNorthing = 0)
    {
        var n = flattening / (2 - flattening);
        var (n2, n3, n4) = (n * n, n * n * n, n * n * n * n);
        var rectifyingRadius = semiMajorAxis / (1 + n) * (1 + (n2 / 4) + (n4 / 64));
        double[] alpha =
        [
            (n / 2) - (2 * n2 / 3) + (5 * n3 / 16) + (41 * n4 / 180),
            (13 * n2 / 48) - (3 * n3 / 5) + (557 * n4 / 1440),
            (61 * n3 / 240) - (103 * n4 / 140),
            49561 * n4 / 161280,
        ];

        var phi = latDegrees * Math.PI / 180;
        var dLambda = (lonDegrees - centralMeridian) * Math.PI / 180;
        var c = 2 * Math.Sqrt(n) / (1 + n);
        var t = Math.Sinh(Math.Atanh(Math.Sin(phi)) - (c * Math.Atanh(c * Math.Sin(phi))));
        var xi = Math.Atan2(t, Math.Cos(dLambda));
        var eta = Math.Atanh(Math.Sin(dLambda) / Math.Sqrt(1 + (t * t)));

        var e = eta;
        var nn = xi;
        for (var j = 1; j <= 4; j++)
        {
            e += alpha[j - 1] * Math.Cos(2 * j * xi) * Math.Sinh(2 * j * eta);
            nn += alpha[j - 1] * Math.Sin(2 * j * xi) * Math.Cosh(2 * j * eta);
        }

        return (falseEasting + (scale * rectifyingRadius * e), falseNorthing + (scale * rectifyingRadius * nn));
    }
}
