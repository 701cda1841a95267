using System.Text.RegularExpressions;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Web.Localization;

/// <summary>
/// A planner's reason as users read it: site ids (<c>500199</c>) become site names and vehicle labels
/// (<c>trunk-4.2m#3</c>) vehicle names, so no internal code reaches the page.
/// </summary>
public static partial class ReasonText
{
    public static string Readable(string text, Scenario scenario, bool english)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var named = VehicleLabel().Replace(text, m => VehicleNames.Display(m.Value, scenario, english));
        return SiteCode().Replace(named, m => scenario.TryGetSite(new SiteId(m.Value), out var site) ? site.Name : m.Value);
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9_.\-]*#\d+")]
    private static partial Regex VehicleLabel();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.#-])[A-Za-z0-9][A-Za-z0-9_-]*(?![A-Za-z0-9_#])")]
    private static partial Regex SiteCode();
}
