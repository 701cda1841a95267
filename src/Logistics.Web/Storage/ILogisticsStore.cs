namespace Logistics.Web.Storage;

/// <summary>
/// Where the web app keeps scenarios, plans, imports and plan jobs. Every write is one transaction. The embedded
/// default is <see cref="SqliteLogisticsStore"/>; a PostgreSQL implementation for a multi-user office implements this
/// same interface (see the web app's README).
/// </summary>
public interface ILogisticsStore
{
    /// <summary>Creates or upgrades the schema and seeds the demo county into an empty store.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredScenario>> ListScenariosAsync(CancellationToken cancellationToken = default);

    Task<StoredScenario?> GetScenarioAsync(long id, CancellationToken cancellationToken = default);

    Task<StoredScenario> AddScenarioAsync(string name, string source, string json, CancellationToken cancellationToken = default);

    /// <summary>Deletes a scenario with its plans; false when there is none with this id.</summary>
    Task<bool> DeleteScenarioAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredPlan>> ListPlansAsync(long? scenarioId = null, CancellationToken cancellationToken = default);

    Task<StoredPlan?> GetPlanAsync(long id, CancellationToken cancellationToken = default);

    Task<StoredPlan> AddPlanAsync(long scenarioId, string name, string json, string kpisJson, CancellationToken cancellationToken = default);

    /// <summary>Saves the scenario made from a clean import and the import record, in one transaction.</summary>
    Task<StoredImport> AddImportAsync(string fileName, string kind, int rows, int warnings, long baseScenarioId, string scenarioName, string scenarioJson, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredImport>> ListImportsAsync(CancellationToken cancellationToken = default);

    Task SaveJobAsync(StoredJob job, CancellationToken cancellationToken = default);

    /// <summary>Saves a finished job's plan and the job itself in one transaction; returns the plan.</summary>
    Task<StoredPlan> CompleteJobAsync(StoredJob job, string planName, string planJson, string kpisJson, CancellationToken cancellationToken = default);

    Task<StoredJob?> GetJobAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredJob>> ListJobsAsync(CancellationToken cancellationToken = default);
}
