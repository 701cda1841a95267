namespace Logistics.Core.Units;

/// <summary>Money in whole cost units (fen, 0.01 yuan, at the planning boundary).</summary>
public readonly record struct CostUnits(long Value) : IComparable<CostUnits>
{
    public static readonly CostUnits Zero = new(0);

    /// <summary>Rounds a yuan amount to fen once, at the boundary.</summary>
    public static CostUnits FromYuan(double yuan) => new((long)Math.Round(yuan * 100.0, MidpointRounding.AwayFromZero));

    public double Yuan => Value / 100.0;

    public static CostUnits operator +(CostUnits a, CostUnits b) => new(a.Value + b.Value);
    public static CostUnits operator -(CostUnits a, CostUnits b) => new(a.Value - b.Value);
    public static bool operator <(CostUnits a, CostUnits b) => a.Value < b.Value;
    public static bool operator >(CostUnits a, CostUnits b) => a.Value > b.Value;
    public static bool operator <=(CostUnits a, CostUnits b) => a.Value <= b.Value;
    public static bool operator >=(CostUnits a, CostUnits b) => a.Value >= b.Value;

    public int CompareTo(CostUnits other) => Value.CompareTo(other.Value);

    public override string ToString() => $"{Value} cu";
}
