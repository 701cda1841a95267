using Logistics.Planning.Network;

namespace Logistics.Planning.Import;

/// <summary>
/// The short demand form of a sites file, for when a county knows only rough daily totals:
/// <c>down_kg_per_day</c> (日均下行kg), <c>up_kg_per_day</c> (日均上行kg) and, optionally,
/// <c>down_m3_per_day</c> and <c>up_m3_per_day</c>. The same amount is assumed every day, Monday to Sunday.
/// Down goods are split 60 % consumer goods, 25 % farm inputs, 15 % parcels (the same split for m³); up goods
/// are produce. When the m³ column is absent, volume is derived from weight with <see cref="GoodsVolumes"/>. The long form (56 <c>demand_{day}_{goods}_{unit}</c> columns) is what the exporters write.
/// </summary>
public static class ShortDemandForm
{
    public const double ConsumerShare = 0.60;
    public const double InputsShare = 0.25;
    public const double ParcelsShare = 0.15;

    /// <summary>The weekly demand for daily down/up amounts; null m³ means "derive from kg".</summary>
    public static WeeklyDemand ToWeekly(double downKgPerDay, double upKgPerDay, double? downM3PerDay = null, double? upM3PerDay = null)
    {
        Quantity Part(double share, GoodsClass goods) => new(
            Round(downKgPerDay * share),
            Round(downM3PerDay is double m3 ? m3 * share : GoodsVolumes.TypicalM3(goods, downKgPerDay * share)));

        var day = new DailyDemand(
            Part(ConsumerShare, GoodsClass.ConsumerGoods),
            Part(InputsShare, GoodsClass.FarmInputs),
            Part(ParcelsShare, GoodsClass.Parcels),
            new Quantity(Round(upKgPerDay), Round(upM3PerDay ?? GoodsVolumes.TypicalM3(GoodsClass.Produce, upKgPerDay))));
        return day.Equals(DailyDemand.None) ? WeeklyDemand.None : new WeeklyDemand(Enumerable.Repeat(day, 7).ToArray());
    }

    /// <summary>Rounds to a gram / a cubic centimetre, so that shares do not leave float noise in exports.</summary>
    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 6) : value;
}
