namespace Logistics.Planning.Lines;

/// <summary>The stable codes of <see cref="LineKind"/> used in files and the Chinese names used in timetables.</summary>
public static class LineKindNames
{
    public static string Code(LineKind kind) => kind switch
    {
        LineKind.Trunk => "trunk",
        LineKind.Feeder => "feeder",
        LineKind.Direct => "direct",
        LineKind.CoModal => "co-modal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Chinese(LineKind kind) => kind switch
    {
        LineKind.Trunk => "干线",
        LineKind.Feeder => "支线",
        LineKind.Direct => "直达",
        LineKind.CoModal => "客货邮",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? text, out LineKind kind)
    {
        foreach (var k in Enum.GetValues<LineKind>())
        {
            if (string.Equals(text?.Trim(), Code(k), StringComparison.OrdinalIgnoreCase) || text?.Trim() == Chinese(k))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
