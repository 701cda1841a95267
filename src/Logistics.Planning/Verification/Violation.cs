using System.Globalization;
using System.Text;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Verification;

/// <summary>
/// One way a plan breaks its scenario's rules: a code from <see cref="ViolationCodes"/>, where (line, day, site;
/// each null when it does not apply), the measured value and the limit in <paramref name="Unit"/>, and the text in
/// Chinese and English.
/// </summary>
public sealed record Violation(
    string Code,
    string? LineId,
    DayOfWeek? Day,
    SiteId? Site,
    double Measured,
    double Limit,
    string Unit,
    string Chinese,
    string English)
{
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"[{Code}]");
        if (LineId is not null) sb.Append(CultureInfo.InvariantCulture, $" line {LineId}");
        if (Day is DayOfWeek d) sb.Append(CultureInfo.InvariantCulture, $" {Weekdays.Chinese(d)}/{d.ToString()[..3]}");
        if (Site is SiteId s) sb.Append(CultureInfo.InvariantCulture, $" site {s.Value}");
        sb.Append(CultureInfo.InvariantCulture, $": {Chinese} / {English}");
        return sb.ToString();
    }
}
