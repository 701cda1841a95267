using System.Collections.Concurrent;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;

namespace Logistics.Web.Storage;

/// <summary>
/// Reads scenarios and plans from the <see cref="ILogisticsStore"/> and keeps the parsed objects: a saved
/// scenario or plan never changes (a change is saved as a new one), so a parse per id is enough.
/// </summary>
public sealed class ScenarioCatalog(ILogisticsStore store)
{
    private readonly ConcurrentDictionary<long, Lazy<Scenario>> _scenarios = new();
    private readonly ConcurrentDictionary<long, Lazy<LinePlan>> _plans = new();

    public ILogisticsStore Store => store;

    /// <summary>The stored row and the parsed scenario, or null when there is none with this id.</summary>
    public async Task<(StoredScenario Row, Scenario Scenario)?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var row = await store.GetScenarioAsync(id, cancellationToken);
        if (row is null)
        {
            _scenarios.TryRemove(id, out _);
            return null;
        }

        var scenario = _scenarios.GetOrAdd(id, _ => new Lazy<Scenario>(() => ScenarioJson.Deserialize(row.Json, $"scenario {id}"))).Value;
        return (row, scenario);
    }

    /// <summary>The scenario of <paramref name="id"/>, or the first one when the id is null or unknown.</summary>
    public async Task<(StoredScenario Row, Scenario Scenario)?> GetOrFirstAsync(long? id, CancellationToken cancellationToken = default)
    {
        if (id is long given && await GetAsync(given, cancellationToken) is { } found)
        {
            return found;
        }

        var first = (await store.ListScenariosAsync(cancellationToken)).FirstOrDefault();
        return first is null ? null : await GetAsync(first.Id, cancellationToken);
    }

    /// <summary>The stored plan row and the parsed plan, or null.</summary>
    public async Task<(StoredPlan Row, LinePlan Plan)?> GetPlanAsync(long id, CancellationToken cancellationToken = default)
    {
        var row = await store.GetPlanAsync(id, cancellationToken);
        if (row is null)
        {
            _plans.TryRemove(id, out _);
            return null;
        }

        var plan = _plans.GetOrAdd(id, _ => new Lazy<LinePlan>(() => LinePlanJson.Deserialize(row.Json, $"plan {id}"))).Value;
        return (row, plan);
    }

    /// <summary>
    /// A plan of scenario <paramref name="scenarioId"/>: plan <paramref name="planId"/> when given (null when it is not
    /// one of the scenario's), else the newest one (null when the scenario has none).
    /// </summary>
    public async Task<(StoredPlan Row, LinePlan Plan)?> LatestPlanAsync(long scenarioId, long? planId = null, CancellationToken cancellationToken = default)
    {
        var plans = await store.ListPlansAsync(scenarioId, cancellationToken);
        var chosen = planId is long id ? plans.FirstOrDefault(p => p.Id == id) : plans.LastOrDefault();
        return chosen is null ? null : await GetPlanAsync(chosen.Id, cancellationToken);
    }

    /// <summary>Forgets a deleted scenario.</summary>
    public void Forget(long scenarioId) => _scenarios.TryRemove(scenarioId, out _);
}
