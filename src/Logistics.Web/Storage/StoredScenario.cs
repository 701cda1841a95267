namespace Logistics.Web.Storage;

/// <summary>A saved scenario: its row and the scenario JSON (<c>logistics-scenario/1</c>, <see cref="Planning.Serialization.ScenarioJson"/>).</summary>
/// <param name="Id">The row id.</param>
/// <param name="Name">The name shown in the UI (may differ from the scenario's own name after a copy).</param>
/// <param name="Source">Where it came from: <c>demo</c>, <c>copy of 3</c>, <c>import sites.csv</c> …</param>
/// <param name="CreatedUtc">When it was saved.</param>
/// <param name="Json">The scenario JSON.</param>
public sealed record StoredScenario(long Id, string Name, string Source, DateTimeOffset CreatedUtc, string Json);
