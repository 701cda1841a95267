namespace Logistics.Planning.Network;

/// <summary>
/// Typical bulk of each goods class, in m³ per tonne, used wherever a volume has to be derived from a weight
/// (the short demand form of a sites file, the demo county). One set of figures for the whole product:
/// consumer goods in cartons 2.5 m³/t (400 kg/m³), bagged fertiliser, seed and feed 1.2 m³/t (≈830 kg/m³),
/// parcels 3.0 m³/t (≈330 kg/m³; express-parcel practice counts 2–3 m³ a tonne), crated or bagged produce
/// 2.5 m³/t (400 kg/m³).
/// </summary>
public static class GoodsVolumes
{
    public const double ConsumerGoodsM3PerTonne = 2.5;
    public const double FarmInputsM3PerTonne = 1.2;
    public const double ParcelsM3PerTonne = 3.0;
    public const double ProduceM3PerTonne = 2.5;

    public static double TypicalM3PerTonne(GoodsClass goods) => goods switch
    {
        GoodsClass.ConsumerGoods => ConsumerGoodsM3PerTonne,
        GoodsClass.FarmInputs => FarmInputsM3PerTonne,
        GoodsClass.Parcels => ParcelsM3PerTonne,
        GoodsClass.Produce => ProduceM3PerTonne,
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };

    /// <summary>The typical volume of <paramref name="kg"/> of <paramref name="goods"/>.</summary>
    public static double TypicalM3(GoodsClass goods, double kg) => kg / 1000.0 * TypicalM3PerTonne(goods);
}
