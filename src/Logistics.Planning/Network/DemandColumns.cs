namespace Logistics.Planning.Network;

/// <summary>
/// The flat column names used for demand in CSV/XLSX files: <c>demand_{day}_{goods}_{unit}</c>, e.g.
/// <c>demand_mon_consumer_kg</c>, with day mon…sun, goods consumer|inputs|parcels|produce, unit kg|m3.
/// </summary>
public static class DemandColumns
{
    public static string GoodsCode(GoodsClass goods) => goods switch
    {
        GoodsClass.ConsumerGoods => "consumer",
        GoodsClass.FarmInputs => "inputs",
        GoodsClass.Parcels => "parcels",
        GoodsClass.Produce => "produce",
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };

    public static string GoodsChinese(GoodsClass goods) => goods switch
    {
        GoodsClass.ConsumerGoods => "日用消费品",
        GoodsClass.FarmInputs => "农资",
        GoodsClass.Parcels => "快递包裹",
        GoodsClass.Produce => "农产品",
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };

    public static string Name(string dayCode, string goodsCode, string unit) => $"demand_{dayCode}_{goodsCode}_{unit}";

    /// <summary>All 56 demand column names in a fixed order: day, then goods class, then kg before m3.</summary>
    public static IReadOnlyList<(DayOfWeek Day, GoodsClass Goods, bool Volume, string Name)> All { get; } = Build();

    private static IReadOnlyList<(DayOfWeek, GoodsClass, bool, string)> Build()
    {
        var list = new List<(DayOfWeek, GoodsClass, bool, string)>();
        foreach (var day in Weekdays.MondayFirst)
        {
            foreach (var goods in Enum.GetValues<GoodsClass>())
            {
                list.Add((day, goods, false, Name(Weekdays.Code(day), GoodsCode(goods), "kg")));
                list.Add((day, goods, true, Name(Weekdays.Code(day), GoodsCode(goods), "m3")));
            }
        }

        return list;
    }
}
