using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Demo;

/// <summary>
/// A typical county fleet for the three-tier network, with documented cost and CO₂ figures (CNY, 2025 prices).
/// <list type="bullet">
/// <item>Trunk (县→乡): 4.2 m box trucks (4.2米厢式货车, blue-plate light truck), 2 t / 16 m³ (box 4.2 × 2.0 × 1.9 m),
/// diesel ≈ 13 L/100 km. Cost per km 1.30 (fuel 13 L × 7.6 CNY/L ≈ 1.0 + tyres and maintenance 0.3); driver 34 CNY/h
/// (≈ 6 000 CNY/month with social insurance over 176 h); fixed 95 CNY/day (≈ 120 000 CNY over 6 years + insurance).</item>
/// <item>Cold chain: one 4.2 m refrigerated truck (冷藏车), 1.5 t / 12 m³, ≈ 16 L/100 km with the reefer unit.</item>
/// <item>Feeder (乡→村): a 面包车 (microvan, e.g. 五菱荣光) at each township station, 0.8 t / 4 m³, petrol ≈ 8.5 L/100 km;
/// two at stations with many villages.</item>
/// <item>Electric tricycles (电动三轮) at the county-seat subdistrict stations, where villages are close: 0.3 t / 1.8 m³,
/// ≈ 5 kWh/100 km, slower (speed factor 1.5).</item>
/// </list>
/// CO₂: diesel 2.66 kg/L and petrol 2.27 kg/L (IPCC 2006 Guidelines vol. 2 ch. 3 default factors 74 100 and
/// 69 300 kg CO₂/TJ with net calorific values 43.0 and 44.3 TJ/Gg, densities 0.835 and 0.74 kg/L); electricity
/// 0.5703 kg/kWh (China national grid average factor for 2022, published by the Ministry of Ecology and
/// Environment in 2024). Hence 0.35 kg/km (truck), 0.43 (cold chain), 0.19 (microvan), 0.03 (tricycle).
/// </summary>
public static class FleetCatalog
{
    /// <summary>Stations with more villages than this get a second microvan.</summary>
    public const int VillagesPerVan = 14;

    /// <summary>
    /// The hub's trunk trucks plus its cold-chain truck. One truck per two stations: a station's daily goods down
    /// (its own and its villages', ≈ 1.5–2 t in the demo county) fill about one 2 t truck, the morning rounds must
    /// reach every station before its feeders leave, and each truck manages about two such rounds before noon.
    /// </summary>
    public static IReadOnlyList<VehicleType> HubFleet(SiteId hub, int stationCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stationCount);
        return
        [
            new VehicleType
            {
                Id = new VehicleTypeId("trunk-4.2m"),
                Name = "4.2米厢式货车（县乡干线）",
                CapacityKg = 2000,
                CapacityM3 = 16,
                CostPerKm = 1.30,
                CostPerHour = 34,
                FixedCostPerDay = 95,
                HomeDepot = hub,
                Count = Math.Max(2, (stationCount + 1) / 2),
                ShiftLength = TimeSpan.FromHours(10),
                Co2KgPerKm = 0.35,
            },
            new VehicleType
            {
                Id = new VehicleTypeId("cold-4.2m"),
                Name = "4.2米冷藏车",
                CapacityKg = 1500,
                CapacityM3 = 12,
                CostPerKm = 1.75,
                CostPerHour = 34,
                FixedCostPerDay = 160,
                HomeDepot = hub,
                Count = 1,
                ShiftLength = TimeSpan.FromHours(10),
                ColdChain = true,
                Co2KgPerKm = 0.43,
            },
        ];
    }

    /// <summary>The microvan(s) of one township station.</summary>
    public static VehicleType StationVan(Site station, int villageCount)
    {
        ArgumentNullException.ThrowIfNull(station);
        return new VehicleType
        {
            Id = new VehicleTypeId($"van-{station.Id}"),
            Name = $"面包车（{station.Name}）",
            CapacityKg = 800,
            CapacityM3 = 4,
            CostPerKm = 0.85,
            CostPerHour = 26,
            FixedCostPerDay = 45,
            HomeDepot = station.Id,
            Count = villageCount > VillagesPerVan ? 2 : 1,
            ShiftLength = TimeSpan.FromHours(8),
            Co2KgPerKm = 0.19,
        };
    }

    /// <summary>An electric tricycle at a station close to its villages.</summary>
    public static VehicleType StationTricycle(Site station)
    {
        ArgumentNullException.ThrowIfNull(station);
        return new VehicleType
        {
            Id = new VehicleTypeId($"etri-{station.Id}"),
            Name = $"电动三轮车（{station.Name}）",
            CapacityKg = 300,
            CapacityM3 = 1.8,
            CostPerKm = 0.08,
            CostPerHour = 22,
            FixedCostPerDay = 8,
            SpeedFactor = 1.5,
            HomeDepot = station.Id,
            Count = 1,
            ShiftLength = TimeSpan.FromHours(8),
            Co2KgPerKm = 0.03,
        };
    }
}
