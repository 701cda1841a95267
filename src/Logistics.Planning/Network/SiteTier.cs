namespace Logistics.Planning.Network;

/// <summary>The tier of a site in the three-tier county network.</summary>
public enum SiteTier
{
    /// <summary>县域集采集配中心: the county collection-and-distribution centre.</summary>
    CountyHub,

    /// <summary>乡镇综合运输服务站 / 为农服务中心: a township station.</summary>
    TownshipStation,

    /// <summary>村级站点 / 农村综合服务社 / 农村流通网点: a village outlet.</summary>
    VillageOutlet,

    /// <summary>A place where a new outlet could be opened.</summary>
    CandidateSite,

    /// <summary>行政村: a village demand point without an outlet of its own.</summary>
    Village,
}
