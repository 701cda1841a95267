using Logistics.Core.Ids;

namespace Logistics.Planning.Network;

/// <summary>A kind of vehicle in the fleet and how many of it there are.</summary>
public sealed record VehicleType
{
    public required VehicleTypeId Id { get; init; }

    /// <summary>A readable name, e.g. 4.2米厢式货车.</summary>
    public required string Name { get; init; }

    public required double CapacityKg { get; init; }

    public required double CapacityM3 { get; init; }

    /// <summary>Yuan per kilometre driven (fuel, tyres, maintenance).</summary>
    public double CostPerKm { get; init; }

    /// <summary>Yuan per hour on duty (driver).</summary>
    public double CostPerHour { get; init; }

    /// <summary>Yuan per day the vehicle is used (depreciation, insurance).</summary>
    public double FixedCostPerDay { get; init; }

    /// <summary>Multiplies the network's travel times: 1.0 for a normal truck, above 1 for a slower vehicle.</summary>
    public double SpeedFactor { get; init; } = 1.0;

    /// <summary>The depot (hub or station) where the vehicle starts and ends each day.</summary>
    public required SiteId HomeDepot { get; init; }

    public required int Count { get; init; }

    /// <summary>The driver's shift length.</summary>
    public TimeSpan ShiftLength { get; init; } = TimeSpan.FromHours(8);

    public bool ColdChain { get; init; }

    /// <summary>kg CO₂ per km; see docs in data/README.md for the factors used.</summary>
    public double Co2KgPerKm { get; init; }
}
