using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// A stop of an unavailable vehicle's line that nothing can serve on the dispatch day: the goods it would have had
/// (by class) and why (<see cref="DispatchReasons"/> code, Chinese and English text with the figures).
/// </summary>
public sealed record UnservedStop(string LineId, SiteId Site, string SiteName, DailyDemand Goods, string Reason, string Chinese, string English)
{
    public override string ToString() => $"[{Reason}] {LineId} {Site.Value} {SiteName}: {Chinese} / {English}";
}
