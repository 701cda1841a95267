namespace Logistics.Planning.Verification;

/// <summary>The result of verifying a plan: every violation found, in a stable order.</summary>
public sealed class VerificationReport
{
    public VerificationReport(IReadOnlyList<Violation> violations, CarriedDemand? carried = null)
    {
        ArgumentNullException.ThrowIfNull(violations);
        Violations = violations;
        Carried = carried ?? CarriedDemand.None;
    }

    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>The county's weekly demand and the part the plan carries, down and up.</summary>
    public CarriedDemand Carried { get; }

    public bool IsClean => Violations.Count == 0;

    public IEnumerable<Violation> OfCode(string code) => Violations.Where(v => v.Code == code);

    public override string ToString() =>
        IsClean ? "No violation / 无违规" : string.Join(Environment.NewLine, Violations.Select(v => v.ToString()));
}
