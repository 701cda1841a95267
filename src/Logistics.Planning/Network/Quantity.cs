namespace Logistics.Planning.Network;

/// <summary>An amount of goods by weight and volume. Both must be finite and non-negative in valid data.</summary>
public readonly record struct Quantity(double Kg, double M3)
{
    public static readonly Quantity Zero = new(0, 0);

    public bool IsZero => Kg == 0 && M3 == 0;

    public static Quantity operator +(Quantity a, Quantity b) => new(a.Kg + b.Kg, a.M3 + b.M3);

    public static Quantity operator -(Quantity a, Quantity b) => new(a.Kg - b.Kg, a.M3 - b.M3);

    public static Quantity operator *(Quantity a, double factor) => new(a.Kg * factor, a.M3 * factor);
}
