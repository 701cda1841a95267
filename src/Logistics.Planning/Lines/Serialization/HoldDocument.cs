namespace Logistics.Planning.Lines.Serialization;

/// <summary>The luggage hold of a co-modal bus.</summary>
public sealed class HoldDocument
{
    public double Kg { get; set; }

    public double M3 { get; set; }
}
