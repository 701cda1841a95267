using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Dispatch;

/// <summary>An order that arrives on the dispatch day: an extra quantity of one goods class for a site.</summary>
public sealed record LateOrder(SiteId Site, GoodsClass Goods, Quantity Quantity);
