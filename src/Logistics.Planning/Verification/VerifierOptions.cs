namespace Logistics.Planning.Verification;

/// <summary>Options of <see cref="PlanVerifier"/>.</summary>
public sealed record VerifierOptions
{
    public static readonly VerifierOptions Default = new();

    /// <summary>How far a planned time may be from the recomputed one.</summary>
    public TimeSpan TimeTolerance { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Goods on board may exceed the capacity by this fraction before it counts (for rounding of the demand shares);
    /// 1e-9 by default.
    /// </summary>
    public double CapacityTolerance { get; init; } = 1e-9;
}
