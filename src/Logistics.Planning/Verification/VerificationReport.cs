namespace Logistics.Planning.Verification;

/// <summary>The result of verifying a plan: every violation found, in a stable order.</summary>
public sealed class VerificationReport
{
    public VerificationReport(IReadOnlyList<Violation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        Violations = violations;
    }

    public IReadOnlyList<Violation> Violations { get; }

    public bool IsClean => Violations.Count == 0;

    public IEnumerable<Violation> OfCode(string code) => Violations.Where(v => v.Code == code);

    public override string ToString() =>
        IsClean ? "No violation / 无违规" : string.Join(Environment.NewLine, Violations.Select(v => v.ToString()));
}
