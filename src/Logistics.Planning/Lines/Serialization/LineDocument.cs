namespace Logistics.Planning.Lines.Serialization;

/// <summary>The file form of a <see cref="Line"/>. Times are <c>HH:mm</c> (or <c>HH:mm:ss</c> when seconds are set).</summary>
public sealed class LineDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary><c>trunk</c>, <c>feeder</c>, <c>direct</c> or <c>co-modal</c>.</summary>
    public string? Kind { get; set; }

    public string? VehicleType { get; set; }

    /// <summary>Which vehicle of the type runs the line (1-based); left out when not assigned.</summary>
    public int? Vehicle { get; set; }

    public string? HomeDepot { get; set; }

    /// <summary>The service days, e.g. <c>tue,thu,sat</c>; Chinese <c>每周二、四、六</c> is read too.</summary>
    public string? Days { get; set; }

    public string? Depart { get; set; }

    public string? Return { get; set; }

    public bool Locked { get; set; }

    /// <summary>For a co-modal bus: its luggage hold.</summary>
    public HoldDocument? Hold { get; set; }

    public List<StopDocument>? Stops { get; set; }
}
