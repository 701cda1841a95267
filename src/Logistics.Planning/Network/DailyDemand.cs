namespace Logistics.Planning.Network;

/// <summary>One weekday's demand at a site: three classes going down and produce going up.</summary>
public sealed record DailyDemand(Quantity ConsumerGoods, Quantity FarmInputs, Quantity Parcels, Quantity Produce)
{
    public static readonly DailyDemand None = new(Quantity.Zero, Quantity.Zero, Quantity.Zero, Quantity.Zero);

    /// <summary>Everything delivered to the site (down).</summary>
    public Quantity Down => ConsumerGoods + FarmInputs + Parcels;

    /// <summary>Everything collected from the site (up).</summary>
    public Quantity Up => Produce;

    public Quantity Get(GoodsClass goods) => goods switch
    {
        GoodsClass.ConsumerGoods => ConsumerGoods,
        GoodsClass.FarmInputs => FarmInputs,
        GoodsClass.Parcels => Parcels,
        GoodsClass.Produce => Produce,
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };

    public DailyDemand With(GoodsClass goods, Quantity quantity) => goods switch
    {
        GoodsClass.ConsumerGoods => this with { ConsumerGoods = quantity },
        GoodsClass.FarmInputs => this with { FarmInputs = quantity },
        GoodsClass.Parcels => this with { Parcels = quantity },
        GoodsClass.Produce => this with { Produce = quantity },
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };
}
