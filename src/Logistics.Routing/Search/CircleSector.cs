namespace Logistics.Routing.Search;

/// <summary>
/// An arc of the circle around a depot, on the integer circle <c>0..65535</c> (HGS-CVRP, Vidal 2022): the smallest
/// arc, grown point by point, that holds the polar angles of a route's clients. SWAP* is only tried between routes
/// whose arcs overlap.
/// </summary>
internal struct CircleSector
{
    public const int Circle = 65536;

    public int Start;
    public int End;

    /// <summary>The polar angle of (dx, dy) on the 0..65535 circle.</summary>
    public static int Angle(double dx, double dy) => Mod((int)(32768.0 * Math.Atan2(dy, dx) / Math.PI));

    public static int Mod(int i) => ((i % Circle) + Circle) % Circle;

    public static CircleSector Of(int angle) => new() { Start = angle, End = angle };

    public readonly bool Encloses(int angle) => Mod(angle - Start) <= Mod(End - Start);

    /// <summary>Grows the arc to hold <paramref name="angle"/>, on the side that adds less.</summary>
    public void Extend(int angle)
    {
        if (Encloses(angle))
        {
            return;
        }

        if (Mod(angle - End) <= Mod(Start - angle))
        {
            End = angle;
        }
        else
        {
            Start = angle;
        }
    }

    public static bool Overlap(in CircleSector a, in CircleSector b) =>
        Mod(b.Start - a.Start) <= Mod(a.End - a.Start) || Mod(a.Start - b.Start) <= Mod(b.End - b.Start);
}
