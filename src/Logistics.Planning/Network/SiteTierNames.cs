namespace Logistics.Planning.Network;

/// <summary>Chinese and English names of the tiers, for files and the UI.</summary>
public static class SiteTierNames
{
    private static readonly Dictionary<string, SiteTier> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hub"] = SiteTier.CountyHub,
        ["county-hub"] = SiteTier.CountyHub,
        ["countyhub"] = SiteTier.CountyHub,
        ["县域集采集配中心"] = SiteTier.CountyHub,
        ["集配中心"] = SiteTier.CountyHub,
        ["县级"] = SiteTier.CountyHub,
        ["县"] = SiteTier.CountyHub,
        ["station"] = SiteTier.TownshipStation,
        ["township-station"] = SiteTier.TownshipStation,
        ["townshipstation"] = SiteTier.TownshipStation,
        ["乡镇综合运输服务站"] = SiteTier.TownshipStation,
        ["为农服务中心"] = SiteTier.TownshipStation,
        ["乡镇站"] = SiteTier.TownshipStation,
        ["乡镇"] = SiteTier.TownshipStation,
        ["outlet"] = SiteTier.VillageOutlet,
        ["village-outlet"] = SiteTier.VillageOutlet,
        ["villageoutlet"] = SiteTier.VillageOutlet,
        ["村级站点"] = SiteTier.VillageOutlet,
        ["农村综合服务社"] = SiteTier.VillageOutlet,
        ["农村流通网点"] = SiteTier.VillageOutlet,
        ["流通网点"] = SiteTier.VillageOutlet,
        ["村级"] = SiteTier.VillageOutlet,
        ["candidate"] = SiteTier.CandidateSite,
        ["candidate-site"] = SiteTier.CandidateSite,
        ["candidatesite"] = SiteTier.CandidateSite,
        ["候选点"] = SiteTier.CandidateSite,
        ["候选"] = SiteTier.CandidateSite,
        ["village"] = SiteTier.Village,
        ["行政村"] = SiteTier.Village,
        ["村"] = SiteTier.Village,
    };

    public static string Accepted => "hub/县域集采集配中心, station/乡镇综合运输服务站, outlet/村级站点, candidate/候选点, village/行政村";

    public static bool TryParse(string? text, out SiteTier tier)
    {
        tier = SiteTier.Village;
        return text is not null && Names.TryGetValue(text.Trim(), out tier);
    }

    /// <summary>The short English code written to files.</summary>
    public static string Code(SiteTier tier) => tier switch
    {
        SiteTier.CountyHub => "hub",
        SiteTier.TownshipStation => "station",
        SiteTier.VillageOutlet => "outlet",
        SiteTier.CandidateSite => "candidate",
        SiteTier.Village => "village",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };

    public static string Chinese(SiteTier tier) => tier switch
    {
        SiteTier.CountyHub => "县域集采集配中心",
        SiteTier.TownshipStation => "乡镇综合运输服务站",
        SiteTier.VillageOutlet => "村级站点",
        SiteTier.CandidateSite => "候选点",
        SiteTier.Village => "行政村",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };

    public static string English(SiteTier tier) => tier switch
    {
        SiteTier.CountyHub => "County hub",
        SiteTier.TownshipStation => "Township station",
        SiteTier.VillageOutlet => "Village outlet",
        SiteTier.CandidateSite => "Candidate site",
        SiteTier.Village => "Village",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };
}
