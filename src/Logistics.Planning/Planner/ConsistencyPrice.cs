namespace Logistics.Planning.Planner;

/// <summary>
/// The price of fixed lines: the weekly distance and running cost of the fixed-line plan against a baseline of
/// independent daily routes that visit the same sites on the same days but are re-optimised every day with that
/// day's exact loads (no fixed order, no fixed times, no common route across days).
/// </summary>
/// <param name="FixedKm">Kilometres a week of the fixed lines.</param>
/// <param name="FixedCost">Running cost a week of the fixed lines (distance and driver hours, CNY).</param>
/// <param name="BaselineKm">Kilometres a week of the daily routes.</param>
/// <param name="BaselineCost">Running cost a week of the daily routes (CNY).</param>
/// <param name="FixedTrunkKm">Of <paramref name="FixedKm"/>, the trunk lines'.</param>
/// <param name="BaselineTrunkKm">Of <paramref name="BaselineKm"/>, the daily trunk rounds'.</param>
public sealed record ConsistencyPrice(double FixedKm, double FixedCost, double BaselineKm, double BaselineCost, double FixedTrunkKm = 0, double BaselineTrunkKm = 0)
{
    /// <summary>Extra kilometres a week that fixed lines cost.</summary>
    public double ExtraKm => FixedKm - BaselineKm;

    /// <summary>Extra cost a week that fixed lines cost (CNY).</summary>
    public double ExtraCost => FixedCost - BaselineCost;

    /// <summary>The extra cost as a share of the baseline (0.05 = 5 %).</summary>
    public double ExtraCostShare => BaselineCost > 0 ? ExtraCost / BaselineCost : 0;
}
