using System.Globalization;
using Logistics.Core.Units;
using Logistics.Planning.Coverage;
using Logistics.Planning.Network;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.Siting;
using Logistics.Spatial.Travel;

namespace Logistics.Web.Siting;

/// <summary>
/// The Coverage page's two-level siting inputs (k centres, m outlets, threshold km, objective), checked on the server
/// with Chinese and English messages that name the limit, and turned into a <see cref="TwoLevelSitingRequest"/> for
/// <see cref="ScenarioTwoLevelSiting"/>. The limits keep one click of a web user from running the server for minutes.
/// </summary>
public sealed class TwoLevelSitingForm
{
    /// <summary>Most new centres one run may choose (酉阳 wants 15; the largest county has well under 100 townships).</summary>
    public const int MaxCentres = 100;

    /// <summary>Most new outlets one run may choose (垫江 wants 301).</summary>
    public const int MaxOutlets = 1000;

    public const double MinThresholdKm = 0.1;

    public const double MaxThresholdKm = 100;

    /// <summary>Time the solver is given, seconds; the page cancels the run a little after it.</summary>
    public const int SolverSeconds = 15;

    /// <summary>The objectives a user may pick: covered population, population × distance, fewest outlets covering all.</summary>
    public static IReadOnlyList<string> Objectives => SitingObjectiveNames.All;

    public int Centres { get; set; }

    public int Outlets { get; set; } = 5;

    public double ThresholdKm { get; set; } = 3;

    public string Objective { get; set; } = "mclp";

    /// <summary>The message for a scenario without candidate outlets (and how to get them); null when it has some.</summary>
    public static (string Chinese, string English)? NoCandidates(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Sites.Any(SitingCandidates.IsOutlet) ? null
            : ("这个方案没有候选网点（tier=candidate），无可选址：请用 `logistics county <代码> --candidates` 导入县域（乡镇驻地为候选服务中心、行政村为候选网点），或在站点文件中加入 tier=candidate 的站点后在“导入”页导入。",
               "This scenario has no candidate sites (tier candidate), so there is nothing to choose: import the county with `logistics county <code> --candidates` (township seats become candidate centres, villages candidate outlets), or add sites with tier candidate to a sites file and import it on the Import page.");
    }

    /// <summary>Every problem with the inputs on this scenario, in Chinese and English; empty when the run may start.</summary>
    public IReadOnlyList<(string Chinese, string English)> Check(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var c = CultureInfo.InvariantCulture;
        var problems = new List<(string, string)>();
        if (NoCandidates(scenario) is { } none)
        {
            problems.Add(none);
            return problems;
        }

        int centreCandidates = scenario.Sites.Count(SitingCandidates.IsCentre);
        int outletCandidates = scenario.Sites.Count(SitingCandidates.IsOutlet);
        if (Centres < 0 || Centres > MaxCentres)
        {
            problems.Add(($"服务中心数 k = {Centres.ToString(c)}：应在 0–{MaxCentres.ToString(c)} 之间。", $"Centres k = {Centres.ToString(c)}: must be between 0 and {MaxCentres.ToString(c)}."));
        }
        else if (Centres > centreCandidates)
        {
            problems.Add((
                $"服务中心数 k = {Centres.ToString(c)}，但方案只有 {centreCandidates.ToString(c)} 个候选服务中心（乡镇驻地）：请减小 k，或用 county <代码> --candidates 导入。",
                $"Centres k = {Centres.ToString(c)}, but the scenario has only {centreCandidates.ToString(c)} candidate centres (township seats): lower k, or import with county <code> --candidates."));
        }

        if (Objective != "setcover")
        {
            if (Outlets < 0 || Outlets > MaxOutlets)
            {
                problems.Add(($"网点数 m = {Outlets.ToString(c)}：应在 0–{MaxOutlets.ToString(c)} 之间。", $"Outlets m = {Outlets.ToString(c)}: must be between 0 and {MaxOutlets.ToString(c)}."));
            }
            else if (Outlets > outletCandidates)
            {
                problems.Add((
                    $"网点数 m = {Outlets.ToString(c)}，但方案只有 {outletCandidates.ToString(c)} 个候选网点：请减小 m。",
                    $"Outlets m = {Outlets.ToString(c)}, but the scenario has only {outletCandidates.ToString(c)} candidate outlets: lower m."));
            }
        }

        if (!double.IsFinite(ThresholdKm) || ThresholdKm < MinThresholdKm || ThresholdKm > MaxThresholdKm)
        {
            problems.Add((
                $"覆盖距离 {ThresholdKm.ToString(c)} km：应在 {MinThresholdKm.ToString(c)}–{MaxThresholdKm.ToString(c)} km 之间。",
                $"Threshold {ThresholdKm.ToString(c)} km: must be between {MinThresholdKm.ToString(c)} and {MaxThresholdKm.ToString(c)} km."));
        }

        if (!Objectives.Contains(Objective, StringComparer.Ordinal))
        {
            problems.Add(($"目标“{Objective}”未知：应为 mclp、pmedian 或 setcover。", $"Unknown objective \"{Objective}\": use mclp, pmedian or setcover."));
        }

        return problems;
    }

    /// <summary>The request for <see cref="ScenarioTwoLevelSiting.Solve"/>; call after <see cref="Check"/> found nothing.</summary>
    public TwoLevelSitingRequest ToRequest(ITravelTimeProvider? travelTimes) => new()
    {
        Objective = SitingObjectiveNames.Parse(Objective) ?? SitingObjective.MaximalCovering,
        Centres = Centres,
        Outlets = Outlets,
        Threshold = CoverageThreshold.Within(new Metres((long)Math.Round(ThresholdKm * 1000))),
        TravelTimes = travelTimes,
        Solver = new SitingOptions { TimeLimit = TimeSpan.FromSeconds(SolverSeconds) },
    };
}
