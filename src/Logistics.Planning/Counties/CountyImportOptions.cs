using Logistics.Planning.Demo;

namespace Logistics.Planning.Counties;

/// <summary>
/// Choices of the real-county import. The geodata has codes, names and points but no population or freight
/// figures, so population and demand are <b>estimates</b> from the NBS urban–rural class (see
/// <see cref="EstimatedPopulation"/>) run through the same <see cref="DemandModel"/> as the demo county, with no
/// market-day peaks (the source has no 赶场 calendar). Replace them with the county's own figures before planning
/// for real (import a sites file with population and demand columns).
/// </summary>
public sealed record CountyImportOptions
{
    public static readonly CountyImportOptions Default = new();

    /// <summary>
    /// Write a siting input instead of opening everything: township seats become candidate centres and villages
    /// candidate outlets (<see cref="CountyCandidates"/>); false (the default) opens a station in every township and an
    /// outlet in every administrative village.
    /// </summary>
    public bool CandidatesOnly { get; init; }

    /// <summary>Fill population, households, demand and required visits from the estimates; false leaves them empty (0).</summary>
    public bool EstimateDemand { get; init; } = true;

    public DemandModel Demand { get; init; } = DemandModel.Default;

    /// <summary>The reference week of the estimated demand (its month sets the season factors).</summary>
    public DateOnly ReferenceMonday { get; init; } = new(2026, 6, 1);

    /// <summary>Parcels per resident per week for the estimate (middle of the 0.05–0.15 rural range).</summary>
    public double ParcelsPerResidentWeek { get; init; } = 0.10;

    /// <summary>Persons per household (rural Chongqing ≈ 2.8).</summary>
    public double PersonsPerHousehold { get; init; } = 2.8;

    /// <summary>Road km per straight-line km: 1.55 for Chongqing's hill roads (1.3–1.8).</summary>
    public double CircuityFactor { get; init; } = 1.55;

    public double AverageSpeedKmh { get; init; } = 30;

    /// <summary>A subdistrict (街道) without a point is placed this far from the county centre (the seat's built-up area).</summary>
    public double SubdistrictRingKm { get; init; } = 3.0;

    /// <summary>Built-up units (城乡分类 111/112/121) without a point are placed within this distance of their township seat.</summary>
    public double BuiltUpRadiusKm { get; init; } = 1.5;

    /// <summary>
    /// Leave out a village whose row breaks the scenario rules (e.g. a trusted point 200 km from its township) with a
    /// note naming the villages file, row and reason, instead of refusing the county (see <see cref="Network.BadRows"/>).
    /// </summary>
    public bool ExcludeBadRows { get; init; }

    /// <summary>Residents assumed for a unit of the given NBS urban–rural class when the source has no figure.</summary>
    public int EstimatedPopulation(string urbanRuralCode) => urbanRuralCode switch
    {
        "111" or "112" => 5000,
        "121" => 3500,
        "122" or "210" => 2500,
        _ => 1800,
    };
}
