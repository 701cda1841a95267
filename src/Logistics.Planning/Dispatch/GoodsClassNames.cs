using Logistics.Planning.Network;

namespace Logistics.Planning.Dispatch;

/// <summary>
/// Names of the goods classes for manifests: the file code (<c>consumer</c>, <c>inputs</c>, <c>parcels</c>,
/// <c>produce</c>, as in the demand columns), Chinese and English; <see cref="TryParse"/> reads any of them.
/// </summary>
public static class GoodsClassNames
{
    public static IReadOnlyList<GoodsClass> All { get; } = Enum.GetValues<GoodsClass>();

    public static string Code(GoodsClass goods) => DemandColumns.GoodsCode(goods);

    public static string Chinese(GoodsClass goods) => DemandColumns.GoodsChinese(goods);

    public static string English(GoodsClass goods) => goods switch
    {
        GoodsClass.ConsumerGoods => "consumer goods",
        GoodsClass.FarmInputs => "farm inputs",
        GoodsClass.Parcels => "parcels",
        GoodsClass.Produce => "produce",
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };

    /// <summary>True for produce (picked up and taken to the depot); the other classes are delivered.</summary>
    public static bool IsUp(GoodsClass goods) => goods == GoodsClass.Produce;

    public static bool TryParse(string? text, out GoodsClass goods)
    {
        var t = text?.Trim() ?? string.Empty;
        foreach (var g in All)
        {
            if (t.Equals(Code(g), StringComparison.OrdinalIgnoreCase) || t == Chinese(g)
                || t.Equals(English(g), StringComparison.OrdinalIgnoreCase) || t.Equals(g.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                goods = g;
                return true;
            }
        }

        (var ok, goods) = t switch
        {
            "日用品" or "消费品" or "consumer-goods" => (true, GoodsClass.ConsumerGoods),
            "farm-inputs" or "farm" => (true, GoodsClass.FarmInputs),
            "快递" or "包裹" or "parcel" => (true, GoodsClass.Parcels),
            _ => (false, default),
        };
        return ok;
    }
}
