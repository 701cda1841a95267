using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Kpis;

/// <summary>A site whose weekly demand a plan does not carry in full: what is left behind, down and up (kg, m³ a week).</summary>
public sealed record UncarriedDemand(SiteId Site, string SiteName, SiteTier Tier, Quantity Down, Quantity Up);
