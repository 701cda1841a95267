using Logistics.Planning.Network;

namespace Logistics.Planning.Demo;

/// <summary>
/// Turns population and a few village traits into a week of two-way demand. The rates are planning
/// assumptions for rural Chongqing, not measurements; every one is a property so a county can replace it.
/// <list type="bullet">
/// <item>Parcels (快递包裹, down): <c>parcels per resident per week</c> (0.05–0.15 in villages, drawn per village;
/// e.g. Xiushan's 133 village stations handle 2 000+ parcels a day, ≈ 15 per station a day) × <see cref="ParcelKg"/>.</item>
/// <item>Consumer goods (日用消费品, down): replenishment of the village shop or 综合服务社,
/// <see cref="ConsumerKgPerResidentWeek"/>; heavier on market days.</item>
/// <item>Farm inputs (农资, down): seed, fertiliser, feed, <see cref="FarmInputsKgPerHouseholdWeek"/> × the month's
/// season factor (spring planting and summer top dressing high, winter low); bought mostly on market days.</item>
/// <item>Produce (农产品, up): <see cref="ProduceKgPerResidentWeek"/> × the village's specialty factor (0.3–2.0: a citrus
/// or vegetable village ships far more) × the month's season factor; brought out on market days.</item>
/// </list>
/// Volumes use a density per class (m³ per tonne). A weekly total is spread over the days with a weekday profile
/// multiplied by the class's market-day factor on the township's market days, then rounded (0.1 kg, 0.001 m³).
/// </summary>
public sealed record DemandModel
{
    public static readonly DemandModel Default = new();

    /// <summary>Average parcel weight, kg.</summary>
    public double ParcelKg { get; init; } = 1.5;

    /// <summary>Parcels are light and bulky: m³ per tonne.</summary>
    public double ParcelM3PerTonne { get; init; } = GoodsVolumes.ParcelsM3PerTonne;

    public double ConsumerKgPerResidentWeek { get; init; } = 0.08;

    public double ConsumerM3PerTonne { get; init; } = GoodsVolumes.ConsumerGoodsM3PerTonne;

    /// <summary>Farm inputs per household per week in a month with season factor 1.</summary>
    public double FarmInputsKgPerHouseholdWeek { get; init; } = 0.35;

    /// <summary>Bagged fertiliser and feed are dense: m³ per tonne.</summary>
    public double FarmInputsM3PerTonne { get; init; } = GoodsVolumes.FarmInputsM3PerTonne;

    /// <summary>Produce sent out per resident per week with specialty and season factor 1.</summary>
    public double ProduceKgPerResidentWeek { get; init; } = 0.12;

    /// <summary>Vegetables and fruit in crates: m³ per tonne.</summary>
    public double ProduceM3PerTonne { get; init; } = GoodsVolumes.ProduceM3PerTonne;

    /// <summary>Season factor for farm inputs by month (January first): planting in March–April, top dressing June–July, autumn sowing September–October.</summary>
    public IReadOnlyList<double> FarmInputsMonthFactor { get; init; } = [0.5, 0.9, 1.6, 1.6, 1.2, 1.0, 0.9, 0.7, 1.0, 1.0, 0.6, 0.4];

    /// <summary>Season factor for produce by month: summer vegetables and fruit, the autumn harvest and winter citrus.</summary>
    public IReadOnlyList<double> ProduceMonthFactor { get; init; } = [0.8, 0.9, 1.0, 0.8, 0.9, 1.1, 1.2, 1.2, 1.3, 1.4, 1.5, 1.2];

    /// <summary>Weekday profiles (Monday first): parcels peak on Monday after the weekend, Sunday is light for everything.</summary>
    public IReadOnlyList<double> ParcelsWeekday { get; init; } = [1.25, 1.1, 1.0, 1.0, 1.0, 0.9, 0.5];

    public IReadOnlyList<double> ConsumerWeekday { get; init; } = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.6];

    public IReadOnlyList<double> FarmInputsWeekday { get; init; } = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.5];

    public IReadOnlyList<double> ProduceWeekday { get; init; } = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.7];

    /// <summary>Multipliers of the weekday profile on market days (赶场天).</summary>
    public double ParcelsMarketFactor { get; init; } = 1.0;

    public double ConsumerMarketFactor { get; init; } = 1.5;

    public double FarmInputsMarketFactor { get; init; } = 2.5;

    public double ProduceMarketFactor { get; init; } = 1.6;

    /// <summary>Kilograms (down + up) one visit should carry; sets the required visits per week.</summary>
    public double KgPerVisit { get; init; } = 450;

    public int MinVisitsPerWeek { get; init; } = 2;

    public int MaxVisitsPerWeek { get; init; } = 6;

    /// <summary>The demand of one place for the week whose Monday is <paramref name="monday"/>.</summary>
    /// <param name="population">Residents.</param>
    /// <param name="households">Households.</param>
    /// <param name="parcelsPerResidentWeek">Parcels per resident per week.</param>
    /// <param name="produceSpecialty">Produce factor of the place (1 = average).</param>
    /// <param name="marketDays">Seven flags, Monday first.</param>
    /// <param name="monday">The reference week's Monday (its month picks the season factors).</param>
    public WeeklyDemand Weekly(int population, int households, double parcelsPerResidentWeek, double produceSpecialty, IReadOnlyList<bool> marketDays, DateOnly monday)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        ArgumentNullException.ThrowIfNull(marketDays);
        if (marketDays.Count != 7)
        {
            throw new ArgumentException("Market days need seven flags, Monday first.", nameof(marketDays));
        }

        var month = monday.Month - 1;
        var parcels = Spread(population * parcelsPerResidentWeek * ParcelKg, ParcelsWeekday, ParcelsMarketFactor, marketDays);
        var consumer = Spread(population * ConsumerKgPerResidentWeek, ConsumerWeekday, ConsumerMarketFactor, marketDays);
        var inputs = Spread(households * FarmInputsKgPerHouseholdWeek * FarmInputsMonthFactor[month], FarmInputsWeekday, FarmInputsMarketFactor, marketDays);
        var produce = Spread(population * ProduceKgPerResidentWeek * produceSpecialty * ProduceMonthFactor[month], ProduceWeekday, ProduceMarketFactor, marketDays);
        var days = new DailyDemand[7];
        for (var d = 0; d < 7; d++)
        {
            days[d] = new DailyDemand(
                Q(consumer[d], ConsumerM3PerTonne),
                Q(inputs[d], FarmInputsM3PerTonne),
                Q(parcels[d], ParcelM3PerTonne),
                Q(produce[d], ProduceM3PerTonne));
        }

        return new WeeklyDemand(days);
    }

    /// <summary>Visits a week an outlet needs: weekly kilograms (down + up) / <see cref="KgPerVisit"/>, rounded up, within the min and max.</summary>
    public int RequiredVisits(WeeklyDemand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var kg = demand.WeekDown.Kg + demand.WeekUp.Kg;
        return Math.Clamp((int)Math.Ceiling(kg / KgPerVisit), MinVisitsPerWeek, MaxVisitsPerWeek);
    }

    private static Quantity Q(double kg, double m3PerTonne)
    {
        var k = Math.Round(kg, 1, MidpointRounding.AwayFromZero);
        return new Quantity(k, Math.Round(k / 1000.0 * m3PerTonne, 3, MidpointRounding.AwayFromZero));
    }

    private static double[] Spread(double weekly, IReadOnlyList<double> profile, double marketFactor, IReadOnlyList<bool> marketDays)
    {
        var w = new double[7];
        var sum = 0.0;
        for (var d = 0; d < 7; d++)
        {
            w[d] = profile[d] * (marketDays[d] ? marketFactor : 1.0);
            sum += w[d];
        }

        for (var d = 0; d < 7; d++)
        {
            w[d] = sum > 0 ? weekly * w[d] / sum : 0;
        }

        return w;
    }
}
