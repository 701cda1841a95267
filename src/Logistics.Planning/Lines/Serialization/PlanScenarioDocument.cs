namespace Logistics.Planning.Lines.Serialization;

/// <summary>Which scenario a plan belongs to: its name and <see cref="ScenarioFingerprint"/>.</summary>
public sealed class PlanScenarioDocument
{
    public string? Name { get; set; }

    public string? Sha256 { get; set; }
}
