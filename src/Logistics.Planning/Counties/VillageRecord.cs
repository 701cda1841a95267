using Logistics.Core.Geo;

namespace Logistics.Planning.Counties;

/// <summary>
/// One row of <c>villages_&lt;code&gt;.csv</c>: a village-level unit (行政村 村委会 or 社区 居委会) with its 12-digit
/// NBS code (2016 edition), the 2023 township it belongs to, the NBS urban–rural class (城乡分类代码: 111/112 urban,
/// 121 town centre, 122 town–rural fringe, 210 township centre, 220 village) and the point when the source has one.
/// </summary>
/// <param name="Row">The row as a spreadsheet shows it (header = 1).</param>
/// <param name="CoordCheck"><c>ok</c>, <c>suspect_far_from_township</c>, <c>suspect_outside_county</c>, or empty without a point.</param>
public sealed record VillageRecord(int Row, string Code, string Name, string ShortName, string TownshipCode, string UrbanRuralCode, GeoPoint? Location, string CoordCheck)
{
    /// <summary>A residents' committee (社区居委会), i.e. an urban community rather than an administrative village.</summary>
    public bool IsCommunity => Name.Contains("社区", StringComparison.Ordinal) || Name.EndsWith("居委会", StringComparison.Ordinal);

    /// <summary>The point exists and passed the file's plausibility check.</summary>
    public bool HasTrustedPoint => Location is not null && CoordCheck == "ok";

    /// <summary>Built-up classes (111, 112, 121): the unit lies in the town or city centre.</summary>
    public bool IsBuiltUp => UrbanRuralCode is "111" or "112" or "121";
}
