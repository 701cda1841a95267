using Logistics.Core.Geo;
using Logistics.Planning.Network;

namespace Logistics.Planning.Import;

/// <summary>How a file is read.</summary>
public sealed record ImportOptions
{
    public static readonly ImportOptions Default = new();

    /// <summary>The coordinate system of the file's coordinates; a <c>crs</c>/坐标系 column overrides it per row.</summary>
    public CoordinateSystem CoordinateSystem { get; init; } = CoordinateSystem.Wgs84;

    /// <summary>The text encoding of CSV files.</summary>
    public CsvEncodingChoice Encoding { get; init; } = CsvEncodingChoice.Auto;

    /// <summary>The XLSX sheet to read; null for the first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>The parameters the checks use (e.g. <see cref="ScenarioParameters.MaxVillageToTownshipKm"/>).</summary>
    public ScenarioParameters Parameters { get; init; } = ScenarioParameters.Default;

    /// <summary>
    /// Leave out the rows <see cref="BadRows"/> allows to go (a village far from its township, a vehicle type without
    /// vehicles) with a warning each, instead of refusing the whole file; false (the default) refuses, as the
    /// <c>--strict</c> option of the CLI does.
    /// </summary>
    public bool ExcludeBadRows { get; init; }

    /// <summary>The file name used in messages; null for the file's own name.</summary>
    public string? DisplayName { get; init; }
}
