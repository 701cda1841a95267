namespace Logistics.Core.Units;

/// <summary>A distance in whole metres: the solver's integer distance unit.</summary>
public readonly record struct Metres(long Value) : IComparable<Metres>
{
    public static readonly Metres Zero = new(0);

    /// <summary>Rounds a kilometre figure once, at the boundary.</summary>
    public static Metres FromKilometres(double km) => new((long)Math.Round(km * 1000.0, MidpointRounding.AwayFromZero));

    public double Kilometres => Value / 1000.0;

    public static Metres operator +(Metres a, Metres b) => new(a.Value + b.Value);
    public static Metres operator -(Metres a, Metres b) => new(a.Value - b.Value);
    public static bool operator <(Metres a, Metres b) => a.Value < b.Value;
    public static bool operator >(Metres a, Metres b) => a.Value > b.Value;
    public static bool operator <=(Metres a, Metres b) => a.Value <= b.Value;
    public static bool operator >=(Metres a, Metres b) => a.Value >= b.Value;

    public int CompareTo(Metres other) => Value.CompareTo(other.Value);

    public override string ToString() => $"{Value} m";
}
