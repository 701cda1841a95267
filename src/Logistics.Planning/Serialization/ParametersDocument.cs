namespace Logistics.Planning.Serialization;

/// <summary>JSON form of <see cref="Network.ScenarioParameters"/>; times in minutes.</summary>
public sealed class ParametersDocument
{
    public double CircuityFactor { get; set; } = 1.5;

    public double AverageSpeedKmh { get; set; } = 35;

    public double ServiceTimeOutletMinutes { get; set; } = 8;

    public double ServiceTimeStationMinutes { get; set; } = 20;

    public double TransferHandlingMinutes { get; set; } = 30;

    public double MaxVillageToTownshipKm { get; set; } = 40;

    public int Seed { get; set; } = 1;
}
