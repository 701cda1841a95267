using Logistics.Core.Geo;

namespace Logistics.Planning.Counties;

/// <summary>
/// One row of <c>townships_&lt;code&gt;.csv</c>: a township-level unit (乡/镇/街道) with its 2023 NBS code and,
/// when the source has one, its point (WGS84). <see cref="CoordSource"/> is <c>vonng_adcode</c> for a point from
/// the source, <c>village_mean(n=k)</c> for the file's own fallback, <c>none</c> without a point.
/// </summary>
/// <param name="Row">The row as a spreadsheet shows it (header = 1).</param>
public sealed record TownshipRecord(int Row, string Code, string Name, string Type, GeoPoint? Location, string CoordSource)
{
    /// <summary>Subdistricts (街道) are the urban units of the county seat.</summary>
    public bool IsSubdistrict => Type.Contains("街道", StringComparison.Ordinal) || Name.EndsWith("街道", StringComparison.Ordinal);

    /// <summary>The point comes straight from the source (not a fallback).</summary>
    public bool HasSourcePoint => Location is not null && CoordSource == "vonng_adcode";
}
