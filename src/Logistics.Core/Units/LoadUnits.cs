namespace Logistics.Core.Units;

/// <summary>
/// A quantity in one load dimension in whole units (at the planning boundary: kilograms, or litres for volume).
/// </summary>
public readonly record struct LoadUnits(long Value) : IComparable<LoadUnits>
{
    public static readonly LoadUnits Zero = new(0);

    /// <summary>Kilograms to whole kilograms, rounded up so a load is never understated.</summary>
    public static LoadUnits FromKilograms(double kg) => new((long)Math.Ceiling(kg - 1e-9));

    /// <summary>Cubic metres to whole litres, rounded up so a load is never understated.</summary>
    public static LoadUnits FromCubicMetres(double m3) => new((long)Math.Ceiling(m3 * 1000.0 - 1e-9));

    public static LoadUnits operator +(LoadUnits a, LoadUnits b) => new(a.Value + b.Value);
    public static LoadUnits operator -(LoadUnits a, LoadUnits b) => new(a.Value - b.Value);
    public static bool operator <(LoadUnits a, LoadUnits b) => a.Value < b.Value;
    public static bool operator >(LoadUnits a, LoadUnits b) => a.Value > b.Value;
    public static bool operator <=(LoadUnits a, LoadUnits b) => a.Value <= b.Value;
    public static bool operator >=(LoadUnits a, LoadUnits b) => a.Value >= b.Value;

    public int CompareTo(LoadUnits other) => Value.CompareTo(other.Value);

    public override string ToString() => $"{Value} lu";
}
