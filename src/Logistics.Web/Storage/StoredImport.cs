namespace Logistics.Web.Storage;

/// <summary>A clean import that was stored: which file, what it held, and the scenario it made.</summary>
/// <param name="Id">The row id.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Kind"><c>sites</c> or <c>vehicles</c>.</param>
/// <param name="Rows">Rows (sites or vehicle types) read.</param>
/// <param name="Warnings">Warnings the importer gave (they do not block an import).</param>
/// <param name="BaseScenarioId">The scenario the file was applied to.</param>
/// <param name="ScenarioId">The new scenario saved from it.</param>
/// <param name="CreatedUtc">When it was stored.</param>
public sealed record StoredImport(long Id, string FileName, string Kind, int Rows, int Warnings, long BaseScenarioId, long ScenarioId, DateTimeOffset CreatedUtc);
