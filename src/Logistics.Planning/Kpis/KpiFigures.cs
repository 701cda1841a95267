namespace Logistics.Planning.Kpis;

/// <summary>
/// The weekly figures of a set of line runs (one line, one kind of line, or the whole plan). The raw sums are kept
/// so that figures add up exactly (<see cref="op_Addition"/>); the ratios are derived from them.
/// <list type="bullet">
/// <item><see cref="Km"/>: the distance driven, depot → stops → depot, for each run (a line on one service day).</item>
/// <item><see cref="VehicleHours"/>: the line durations (departure to return).</item>
/// <item><see cref="Cost"/>: km × the type's cost per km + hours × its cost per hour + the fixed cost of the vehicles
/// used each day (<see cref="FixedCost"/>, shared among the type's runs of that day).</item>
/// <item><see cref="Co2Kg"/>: km × the type's CO₂ factor (<see cref="Network.VehicleType.Co2KgPerKm"/>).</item>
/// <item>Load factors: <see cref="LoadFactorKg"/> = tonne-km carried / tonne-km offered (the load on board on each
/// leg × the leg's length, over the capacity × the leg's length); <see cref="PeakLoadFactorKg"/> = the average over
/// the runs of (the highest load on board during the run / the capacity). The same by volume (m³).</item>
/// </list>
/// A co-modal bus (客货邮) runs anyway: its runs add no km, hours, cost or CO₂ (0 extra), but their load factors
/// count, with the luggage hold as the capacity and the bus's distance.
/// </summary>
public sealed record KpiFigures
{
    public static readonly KpiFigures Zero = new();

    /// <summary>Line runs a week (a line on each of its service days).</summary>
    public int Runs { get; init; }

    public double Km { get; init; }

    public double VehicleHours { get; init; }

    /// <summary>km × cost per km + hours × cost per hour, yuan.</summary>
    public double VariableCost { get; init; }

    /// <summary>The fixed cost per day of the vehicles used, yuan.</summary>
    public double FixedCost { get; init; }

    public double Cost => VariableCost + FixedCost;

    public double Co2Kg { get; init; }

    public double TonneKmCarried { get; init; }

    public double TonneKmOffered { get; init; }

    public double CubicMetreKmCarried { get; init; }

    public double CubicMetreKmOffered { get; init; }

    /// <summary>Σ over the runs of peak load / capacity (kg); divided by <see cref="Runs"/> in <see cref="PeakLoadFactorKg"/>.</summary>
    public double PeakRatioSumKg { get; init; }

    /// <summary>Σ over the runs of peak load / capacity (m³).</summary>
    public double PeakRatioSumM3 { get; init; }

    /// <summary>Tonne-km carried / tonne-km offered; 0 when nothing is offered.</summary>
    public double LoadFactorKg => TonneKmOffered > 0 ? TonneKmCarried / TonneKmOffered : 0;

    /// <summary>m³-km carried / m³-km offered; 0 when nothing is offered.</summary>
    public double LoadFactorM3 => CubicMetreKmOffered > 0 ? CubicMetreKmCarried / CubicMetreKmOffered : 0;

    /// <summary>The average over the runs of the peak load on board / the capacity, by weight.</summary>
    public double PeakLoadFactorKg => Runs > 0 ? PeakRatioSumKg / Runs : 0;

    /// <summary>The average over the runs of the peak load on board / the capacity, by volume.</summary>
    public double PeakLoadFactorM3 => Runs > 0 ? PeakRatioSumM3 / Runs : 0;

    public static KpiFigures operator +(KpiFigures a, KpiFigures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new KpiFigures
        {
            Runs = a.Runs + b.Runs,
            Km = a.Km + b.Km,
            VehicleHours = a.VehicleHours + b.VehicleHours,
            VariableCost = a.VariableCost + b.VariableCost,
            FixedCost = a.FixedCost + b.FixedCost,
            Co2Kg = a.Co2Kg + b.Co2Kg,
            TonneKmCarried = a.TonneKmCarried + b.TonneKmCarried,
            TonneKmOffered = a.TonneKmOffered + b.TonneKmOffered,
            CubicMetreKmCarried = a.CubicMetreKmCarried + b.CubicMetreKmCarried,
            CubicMetreKmOffered = a.CubicMetreKmOffered + b.CubicMetreKmOffered,
            PeakRatioSumKg = a.PeakRatioSumKg + b.PeakRatioSumKg,
            PeakRatioSumM3 = a.PeakRatioSumM3 + b.PeakRatioSumM3,
        };
    }

    public static KpiFigures Add(KpiFigures a, KpiFigures b) => a + b;
}
