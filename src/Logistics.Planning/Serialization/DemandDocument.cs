namespace Logistics.Planning.Serialization;

/// <summary>Weekly demand as eight arrays of seven values, Monday first.</summary>
public sealed class DemandDocument
{
    public double[] ConsumerKg { get; set; } = new double[7];

    public double[] ConsumerM3 { get; set; } = new double[7];

    public double[] InputsKg { get; set; } = new double[7];

    public double[] InputsM3 { get; set; } = new double[7];

    public double[] ParcelsKg { get; set; } = new double[7];

    public double[] ParcelsM3 { get; set; } = new double[7];

    public double[] ProduceKg { get; set; } = new double[7];

    public double[] ProduceM3 { get; set; } = new double[7];
}
