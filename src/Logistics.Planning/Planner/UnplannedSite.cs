using Logistics.Core.Ids;

namespace Logistics.Planning.Planner;

/// <summary>A site the plan does not serve as required, with a stable reason code and text in Chinese and English.</summary>
public sealed record UnplannedSite(SiteId Site, string SiteName, string Code, string Chinese, string English);
