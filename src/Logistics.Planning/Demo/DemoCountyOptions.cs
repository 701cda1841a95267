namespace Logistics.Planning.Demo;

/// <summary>
/// Parameters of the synthetic demo county (合成数据，非真实县域). The defaults produce the shipped
/// <c>data/demo-county</c> files; see data/README.md for the rationale of each value.
/// </summary>
public sealed record DemoCountyOptions
{
    /// <summary>The seed of the shipped demo files.</summary>
    public const int DocumentedSeed = 20260601;

    public static readonly DemoCountyOptions Default = new();

    public int Seed { get; init; } = DocumentedSeed;

    /// <summary>A fictional county code: 5001xx are Chongqing's district codes and 500199 is not used by any real unit.</summary>
    public string CountyCode { get; init; } = "500199";

    public string CountyName { get; init; } = "青岭县";

    /// <summary>The county seat, in the hills between Fengdu, Zhongxian and Dianjiang (WGS84).</summary>
    public double CentreLon { get; init; } = 107.95;

    public double CentreLat { get; init; } = 30.10;

    /// <summary>Half the east–west extent of the county, km (≈ 50 km across).</summary>
    public double HalfWidthKm { get; init; } = 25;

    /// <summary>Half the north–south extent, km (≈ 40 km across).</summary>
    public double HalfHeightKm { get; init; } = 20;

    /// <summary>Township stations (including the two county-seat subdistricts): drawn in [min, max].</summary>
    public int MinTownships { get; init; } = 22;

    public int MaxTownships { get; init; } = 28;

    /// <summary>Villages (行政村): drawn in [min, max].</summary>
    public int MinVillages { get; init; } = 270;

    public int MaxVillages { get; init; } = 330;

    /// <summary>Chance that a village of at least <see cref="LargeVillagePopulation"/> residents has an outlet.</summary>
    public double OutletShareLarge { get; init; } = 0.90;

    /// <summary>Chance for a smaller village (together ≈ 85 % of villages have outlets).</summary>
    public double OutletShareSmall { get; init; } = 0.62;

    public int LargeVillagePopulation { get; init; } = 1500;

    /// <summary>Candidate sites for new outlets: drawn in [min, max].</summary>
    public int MinCandidates { get; init; } = 24;

    public int MaxCandidates { get; init; } = 36;

    /// <summary>Minimum distance between township seats, km.</summary>
    public double TownshipSpacingKm { get; init; } = 7;

    /// <summary>Villages lie within this distance of their township seat, km (capped by the spacing to the next seat).</summary>
    public double MaxVillageRadiusKm { get; init; } = 12;

    public double MinVillageRadiusKm { get; init; } = 3;

    /// <summary>The week the demand describes; its dates decide the 赶场 market days and its month the season.</summary>
    public DateOnly ReferenceMonday { get; init; } = new(2026, 6, 1);

    /// <summary>Road km per straight-line km in hill country: 1.3–1.8 in Chongqing; 1.55 for winding county and township roads.</summary>
    public double CircuityFactor { get; init; } = 1.55;

    /// <summary>Average speed on county and township roads in hills, km/h.</summary>
    public double AverageSpeedKmh { get; init; } = 30;

    public DemandModel Demand { get; init; } = DemandModel.Default;
}
