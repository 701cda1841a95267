namespace Logistics.Planning.Lines;

/// <summary>
/// A set of fixed lines for one scenario. Immutable and structurally valid; make one with
/// <see cref="LinePlanBuilder"/>. Whether it is feasible against its scenario is the job of the
/// <see cref="Verification.PlanVerifier"/>.
/// </summary>
public sealed class LinePlan
{
    private readonly Dictionary<string, Line> _byId;

    internal LinePlan(string scenarioName, string scenarioHash, IReadOnlyList<Line> lines)
    {
        ScenarioName = scenarioName;
        ScenarioHash = scenarioHash;
        Lines = lines;
        _byId = lines.ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    /// <summary>The name of the scenario the plan was made for.</summary>
    public string ScenarioName { get; }

    /// <summary><see cref="ScenarioFingerprint"/> of that scenario, so a plan is not checked against another one.</summary>
    public string ScenarioHash { get; }

    /// <summary>The lines in the order they were given (the order of the file).</summary>
    public IReadOnlyList<Line> Lines { get; }

    public Line this[string id] => _byId[id];

    public bool TryGetLine(string id, out Line line) => _byId.TryGetValue(id, out line!);

    /// <summary>The lines that run on <paramref name="day"/>, in plan order.</summary>
    public IEnumerable<Line> LinesOn(DayOfWeek day) => Lines.Where(l => l.ServiceDays.Contains(day));

    public LinePlanBuilder ToBuilder() => LinePlanBuilder.From(this);
}
