using System.Globalization;
using Logistics.Planning.Demo;
using Microsoft.Data.Sqlite;

namespace Logistics.Web.Storage;

/// <summary>
/// The embedded store: one SQLite file (<c>logistics.db</c>) in the data folder. The schema is plain SQL, versioned
/// with <c>PRAGMA user_version</c>: <see cref="InitializeAsync"/> applies the steps the file lacks, each in its own
/// transaction, then seeds the demo county into an empty store. Every write runs in a transaction.
/// </summary>
public sealed class SqliteLogisticsStore : ILogisticsStore
{
    /// <summary>The schema steps; step i brings the file from version i to i + 1. Append only.</summary>
    internal static readonly IReadOnlyList<string> SchemaSteps =
    [
        """
        CREATE TABLE scenarios (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            source TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            json TEXT NOT NULL
        );
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            json TEXT NOT NULL,
            kpis_json TEXT NOT NULL
        );
        CREATE INDEX plans_scenario ON plans(scenario_id);
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            rows INTEGER NOT NULL,
            warnings INTEGER NOT NULL,
            base_scenario_id INTEGER NOT NULL,
            scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
            created_utc TEXT NOT NULL
        );
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            finished_utc TEXT NULL,
            progress_json TEXT NOT NULL,
            plan_id INTEGER NULL REFERENCES plans(id) ON DELETE SET NULL,
            error TEXT NULL
        );
        """,
    ];

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    public SqliteLogisticsStore(string databasePath, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        DatabasePath = databasePath;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
        }.ToString();
    }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath { get; }

    /// <summary>The schema version this code writes.</summary>
    public static int SchemaVersion => SchemaSteps.Count;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(DatabasePath))!);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        var version = Convert.ToInt32(await ScalarAsync(connection, null, "PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
        if (version > SchemaSteps.Count)
        {
            throw new InvalidOperationException($"{DatabasePath} has schema version {version}, newer than this program's {SchemaSteps.Count}.");
        }

        for (var step = version; step < SchemaSteps.Count; step++)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, tx, SchemaSteps[step], cancellationToken);
            await ExecuteAsync(connection, tx, $"PRAGMA user_version = {step + 1};", cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        // A job that was running when the program stopped will never finish.
        await ExecuteAsync(connection, null, "UPDATE jobs SET status = 'Interrupted', finished_utc = COALESCE(finished_utc, '" + Now() + "') WHERE status IN ('Queued', 'Running');", cancellationToken);

        var count = Convert.ToInt64(await ScalarAsync(connection, null, "SELECT COUNT(*) FROM scenarios;", cancellationToken), CultureInfo.InvariantCulture);
        if (count == 0)
        {
            var demo = EmbeddedDemo.Load();
            await AddScenarioAsync(demo.CountyName + "（演示 demo）", "demo", EmbeddedDemo.ReadJson(), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<StoredScenario>> ListScenariosAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadAllAsync(connection, "SELECT id, name, source, created_utc, json FROM scenarios ORDER BY id;", ReadScenario, cancellationToken);
    }

    public async Task<StoredScenario?> GetScenarioAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await ReadAllAsync(connection, "SELECT id, name, source, created_utc, json FROM scenarios WHERE id = $id;", ReadScenario, cancellationToken, ("$id", id));
        return rows.SingleOrDefault();
    }

    public async Task<StoredScenario> AddScenarioAsync(string name, string source, string json, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var stored = await InsertScenarioAsync(connection, tx, name, source, json, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<bool> DeleteScenarioAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var n = await ExecuteAsync(connection, tx, "DELETE FROM scenarios WHERE id = $id;", cancellationToken, ("$id", id));
        await tx.CommitAsync(cancellationToken);
        return n > 0;
    }

    public async Task<IReadOnlyList<StoredPlan>> ListPlansAsync(long? scenarioId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return scenarioId is long sid
            ? await ReadAllAsync(connection, "SELECT id, scenario_id, name, created_utc, json, kpis_json FROM plans WHERE scenario_id = $s ORDER BY id;", ReadPlan, cancellationToken, ("$s", sid))
            : await ReadAllAsync(connection, "SELECT id, scenario_id, name, created_utc, json, kpis_json FROM plans ORDER BY id;", ReadPlan, cancellationToken);
    }

    public async Task<StoredPlan?> GetPlanAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await ReadAllAsync(connection, "SELECT id, scenario_id, name, created_utc, json, kpis_json FROM plans WHERE id = $id;", ReadPlan, cancellationToken, ("$id", id));
        return rows.SingleOrDefault();
    }

    public async Task<StoredPlan> AddPlanAsync(long scenarioId, string name, string json, string kpisJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var plan = await InsertPlanAsync(connection, tx, scenarioId, name, json, kpisJson, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return plan;
    }

    public async Task<StoredImport> AddImportAsync(string fileName, string kind, int rows, int warnings, long baseScenarioId, string scenarioName, string scenarioJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var scenario = await InsertScenarioAsync(connection, tx, scenarioName, $"import {fileName}", scenarioJson, cancellationToken);
        var now = Now();
        await ExecuteAsync(connection, tx,
            "INSERT INTO imports (file_name, kind, rows, warnings, base_scenario_id, scenario_id, created_utc) VALUES ($f, $k, $r, $w, $b, $s, $t);",
            cancellationToken, ("$f", fileName), ("$k", kind), ("$r", rows), ("$w", warnings), ("$b", baseScenarioId), ("$s", scenario.Id), ("$t", now));
        var id = await LastIdAsync(connection, tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new StoredImport(id, fileName, kind, rows, warnings, baseScenarioId, scenario.Id, Parse(now));
    }

    public async Task<IReadOnlyList<StoredImport>> ListImportsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadAllAsync(connection,
            "SELECT id, file_name, kind, rows, warnings, base_scenario_id, scenario_id, created_utc FROM imports ORDER BY id;",
            r => new StoredImport(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt64(5), r.GetInt64(6), Parse(r.GetString(7))),
            cancellationToken);
    }

    public async Task SaveJobAsync(StoredJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await UpsertJobAsync(connection, tx, job, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<StoredPlan> CompleteJobAsync(StoredJob job, string planName, string planJson, string kpisJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var plan = await InsertPlanAsync(connection, tx, job.ScenarioId, planName, planJson, kpisJson, cancellationToken);
        await UpsertJobAsync(connection, tx, job with { PlanId = plan.Id }, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return plan;
    }

    public async Task<StoredJob?> GetJobAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await ReadAllAsync(connection, JobSelect + " WHERE id = $id;", ReadJob, cancellationToken, ("$id", id));
        return rows.SingleOrDefault();
    }

    public async Task<IReadOnlyList<StoredJob>> ListJobsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadAllAsync(connection, JobSelect + " ORDER BY created_utc;", ReadJob, cancellationToken);
    }

    private const string JobSelect = "SELECT id, scenario_id, status, created_utc, finished_utc, progress_json, plan_id, error FROM jobs";

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 5000;", cancellationToken);
        return connection;
    }

    private async Task<StoredScenario> InsertScenarioAsync(SqliteConnection connection, SqliteTransaction tx, string name, string source, string json, CancellationToken cancellationToken)
    {
        var now = Now();
        await ExecuteAsync(connection, tx, "INSERT INTO scenarios (name, source, created_utc, json) VALUES ($n, $s, $t, $j);",
            cancellationToken, ("$n", name), ("$s", source), ("$t", now), ("$j", json));
        return new StoredScenario(await LastIdAsync(connection, tx, cancellationToken), name, source, Parse(now), json);
    }

    private async Task<StoredPlan> InsertPlanAsync(SqliteConnection connection, SqliteTransaction tx, long scenarioId, string name, string json, string kpisJson, CancellationToken cancellationToken)
    {
        var now = Now();
        await ExecuteAsync(connection, tx, "INSERT INTO plans (scenario_id, name, created_utc, json, kpis_json) VALUES ($s, $n, $t, $j, $k);",
            cancellationToken, ("$s", scenarioId), ("$n", name), ("$t", now), ("$j", json), ("$k", kpisJson));
        return new StoredPlan(await LastIdAsync(connection, tx, cancellationToken), scenarioId, name, Parse(now), json, kpisJson);
    }

    private static Task<int> UpsertJobAsync(SqliteConnection connection, SqliteTransaction tx, StoredJob job, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, tx,
            """
            INSERT INTO jobs (id, scenario_id, status, created_utc, finished_utc, progress_json, plan_id, error)
            VALUES ($id, $s, $st, $c, $f, $p, $plan, $e)
            ON CONFLICT(id) DO UPDATE SET status = excluded.status, finished_utc = excluded.finished_utc,
                progress_json = excluded.progress_json, plan_id = excluded.plan_id, error = excluded.error;
            """,
            cancellationToken,
            ("$id", job.Id), ("$s", job.ScenarioId), ("$st", job.Status), ("$c", Format(job.CreatedUtc)),
            ("$f", job.FinishedUtc is { } f ? Format(f) : null), ("$p", job.ProgressJson), ("$plan", job.PlanId), ("$e", job.Error));

    private static StoredScenario ReadScenario(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), Parse(r.GetString(3)), r.GetString(4));

    private static StoredPlan ReadPlan(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Parse(r.GetString(3)), r.GetString(4), r.GetString(5));

    private static StoredJob ReadJob(SqliteDataReader r) =>
        new(r.GetString(0), r.GetInt64(1), r.GetString(2), Parse(r.GetString(3)),
            r.IsDBNull(4) ? null : Parse(r.GetString(4)), r.GetString(5),
            r.IsDBNull(6) ? null : r.GetInt64(6), r.IsDBNull(7) ? null : r.GetString(7));

    private static async Task<List<T>> ReadAllAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(read(reader));
        }

        return list;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, tx, sql, []);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<long> LastIdAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection, tx, "SELECT last_insert_rowid();", cancellationToken), CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private string Now() => Format(_time.GetUtcNow());

    private static string Format(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
