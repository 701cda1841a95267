namespace Logistics.Planning.Serialization;

/// <summary>JSON form of <see cref="Network.VehicleType"/>.</summary>
public sealed class VehicleTypeDocument
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public double CapacityKg { get; set; }

    public double CapacityM3 { get; set; }

    public double CostPerKm { get; set; }

    public double CostPerHour { get; set; }

    public double FixedCostPerDay { get; set; }

    public double SpeedFactor { get; set; } = 1;

    public string HomeDepot { get; set; } = string.Empty;

    public int Count { get; set; } = 1;

    public double ShiftHours { get; set; } = 8;

    public bool ColdChain { get; set; }

    public double Co2KgPerKm { get; set; }
}
