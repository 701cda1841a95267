using System.Globalization;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Web.Storage;
using Microsoft.AspNetCore.Components;

namespace Logistics.Web.Components;

/// <summary>
/// A page about one scenario (<c>?s=ID</c>, the first scenario without it) and, when <see cref="UsesPlan"/>, one of its
/// line plans (<c>?plan=ID</c>, the newest without it). The ids are read as text: a malformed or unknown id gives
/// <see cref="Missing"/> (the page shows 没有找到…), never an error page and never another scenario.
/// </summary>
public abstract class ScenarioPage : AppPage
{
    [Inject] protected ScenarioCatalog Catalog { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "s")] public string? ScenarioText { get; set; }

    [SupplyParameterFromQuery(Name = "plan")] public string? PlanText { get; set; }

    protected IReadOnlyList<StoredScenario> AllScenarios { get; private set; } = [];

    protected StoredScenario? Row { get; private set; }

    protected Scenario? Scenario { get; private set; }

    protected IReadOnlyList<StoredPlan> Plans { get; private set; } = [];

    protected StoredPlan? PlanRow { get; private set; }

    protected LinePlan? Plan { get; private set; }

    /// <summary>What was asked for and not found (Chinese, English); null when the page has what it needs.</summary>
    protected (string Chinese, string English)? Missing { get; private set; }

    /// <summary>False while the first load runs.</summary>
    protected bool Loaded { get; private set; }

    /// <summary>True when the page shows a line plan (<c>?plan=</c> is read).</summary>
    protected virtual bool UsesPlan => true;

    protected override async Task OnParametersSetAsync()
    {
        Missing = null;
        (Row, Scenario, PlanRow, Plan, Plans) = (null, null, null, null, []);
        AllScenarios = await Catalog.Store.ListScenariosAsync();
        long? scenarioId = null;
        if (!string.IsNullOrEmpty(ScenarioText))
        {
            if (!TryParseId(ScenarioText, out var id))
            {
                Missing = ($"没有找到方案“{Shorten(ScenarioText)}”：方案编号应是正整数。", $"No scenario \"{Shorten(ScenarioText)}\" was found: a scenario id is a positive whole number.");
            }
            else
            {
                scenarioId = id;
            }
        }

        if (Missing is null)
        {
            var found = scenarioId is long sid ? await Catalog.GetAsync(sid) : await Catalog.GetOrFirstAsync(null);
            if (found is { } f)
            {
                (Row, Scenario) = f;
            }
            else if (scenarioId is long unknown)
            {
                Missing = ($"没有找到方案 #{unknown}：它可能已被删除。", $"No scenario #{unknown} was found: it may have been deleted.");
            }
        }

        if (Row is not null && UsesPlan)
        {
            await LoadPlanAsync(Row.Id);
        }

        Loaded = true;
        await OnScenarioLoadedAsync();
    }

    /// <summary>Called after the scenario (and plan) are loaded or found missing.</summary>
    protected virtual Task OnScenarioLoadedAsync() => Task.CompletedTask;

    /// <summary>A page address with the current scenario and the given extra query values (null values left out).</summary>
    protected string PageLink(string path, params (string Key, string? Value)[] query)
    {
        var parts = new List<string>();
        if (Row is not null)
        {
            parts.Add("s=" + Row.Id.ToString(CultureInfo.InvariantCulture));
        }

        parts.AddRange(query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}"));
        return parts.Count == 0 ? path : $"{path}?{string.Join("&", parts)}";
    }

    /// <summary>A positive id in invariant digits; false for anything else (letters, overflow, zero, signs).</summary>
    public static bool TryParseId(string? text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    private async Task LoadPlanAsync(long scenarioId)
    {
        Plans = await Catalog.Store.ListPlansAsync(scenarioId);
        StoredPlan? chosen;
        if (!string.IsNullOrEmpty(PlanText))
        {
            chosen = TryParseId(PlanText, out var pid) ? Plans.FirstOrDefault(p => p.Id == pid) : null;
            if (chosen is null)
            {
                Missing = ($"没有找到方案 #{scenarioId} 的线路方案“{Shorten(PlanText)}”：请从列表中选择一个线路方案。",
                    $"Scenario #{scenarioId} has no line plan \"{Shorten(PlanText)}\": choose a line plan from the list.");
                return;
            }
        }
        else
        {
            chosen = Plans.LastOrDefault();
        }

        if (chosen is not null && await Catalog.GetPlanAsync(chosen.Id) is { } plan)
        {
            (PlanRow, Plan) = plan;
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
