using Logistics.Planning.Network;

namespace Logistics.Planning.Verification;

/// <summary>
/// How much of the county's weekly demand the plan carries, as the verifier counts it (see
/// <see cref="PlanVerifier"/>): the totals of every site's week, down (goods to the villages) and up (produce), and
/// the part that rides a line connected to the county hub.
/// </summary>
public sealed record CarriedDemand(Quantity TotalDown, Quantity TotalUp, Quantity CarriedDown, Quantity CarriedUp)
{
    public static readonly CarriedDemand None = new(Quantity.Zero, Quantity.Zero, Quantity.Zero, Quantity.Zero);

    /// <summary>Share of the down weight carried, 0–1 (1 when there is no down demand).</summary>
    public double DownShare => TotalDown.Kg > 0 ? CarriedDown.Kg / TotalDown.Kg : 1.0;

    /// <summary>Share of the produce weight carried, 0–1 (1 when there is no produce).</summary>
    public double UpShare => TotalUp.Kg > 0 ? CarriedUp.Kg / TotalUp.Kg : 1.0;

    /// <summary>One line per direction: "下行 / down 12.3 t/week of 15.0 (82.0 %)".</summary>
    public IReadOnlyList<string> Lines() =>
    [
        Line("下行 / down", CarriedDown, TotalDown, DownShare),
        Line("上行 / up", CarriedUp, TotalUp, UpShare),
    ];

    private static string Line(string label, Quantity carried, Quantity total, double share) =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"运送需求 {label}: {carried.Kg / 1000:0.0} / {total.Kg / 1000:0.0} t/周 (week) = {share * 100:0.0} %");
}
