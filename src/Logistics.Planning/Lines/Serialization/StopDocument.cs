namespace Logistics.Planning.Lines.Serialization;

/// <summary>One stop of a line in the plan file.</summary>
public sealed class StopDocument
{
    public string? Site { get; set; }

    public string? Arrive { get; set; }

    public string? Depart { get; set; }
}
