namespace Logistics.Planning.Network;

/// <summary>
/// Goods classes. The first three travel down (工业品下乡: county → village), produce travels up (农产品进城).
/// </summary>
public enum GoodsClass
{
    /// <summary>日用消费品: consumer goods, down.</summary>
    ConsumerGoods,

    /// <summary>农资: farm inputs (seed, fertiliser, feed), down.</summary>
    FarmInputs,

    /// <summary>快递包裹: parcels, down.</summary>
    Parcels,

    /// <summary>农产品: farm produce, up.</summary>
    Produce,
}
