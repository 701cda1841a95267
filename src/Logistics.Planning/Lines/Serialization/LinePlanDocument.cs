namespace Logistics.Planning.Lines.Serialization;

/// <summary>The file form of a <see cref="LinePlan"/> (format <c>logistics-plan/1</c>).</summary>
public sealed class LinePlanDocument
{
    public string? Format { get; set; }

    public PlanScenarioDocument? Scenario { get; set; }

    public List<LineDocument>? Lines { get; set; }
}
