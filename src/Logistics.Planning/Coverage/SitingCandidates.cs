using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Coverage;

/// <summary>
/// The one rule that tells the two kinds of <see cref="SiteTier.CandidateSite"/> apart. A candidate whose id equals
/// its township code is the candidate <b>centre</b> of that township (乡镇综合运输服务站 at the township seat): opened, it
/// becomes the township station with the same id. Every other candidate is a candidate <b>outlet</b> (村级站点); when
/// it names a village (<see cref="Site.VillageCode"/>), opening it turns that village into an outlet.
/// <c>county --candidates</c> writes both kinds (<see cref="Counties.CountyImportOptions.CandidatesOnly"/>).
/// </summary>
public static class SitingCandidates
{
    /// <summary>Whether the site is a candidate township centre.</summary>
    public static bool IsCentre(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Tier == SiteTier.CandidateSite
            && site.TownshipCode.Length > 0
            && string.Equals(site.Id.Value, site.TownshipCode, StringComparison.Ordinal);
    }

    /// <summary>Whether the site is a candidate village outlet.</summary>
    public static bool IsOutlet(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Tier == SiteTier.CandidateSite && !IsCentre(site);
    }

    /// <summary>The id of the candidate outlet written for a village.</summary>
    public static SiteId OutletId(string villageCode) => new($"C{villageCode}");
}
