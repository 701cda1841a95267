using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Planning.Import;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics verify &lt;plan.json&gt; --scenario &lt;scenario&gt; [--previous &lt;plan.json&gt;]</c>: checks a line plan
/// against its scenario with the independent <see cref="PlanVerifier"/> (straight-line travel × circuity at the
/// scenario's average speed) and prints every violation and the demand carried (t/week and % of the county's total,
/// down and up). Exit code 0 when the plan is clean, 1 when it has
/// violations, 2 when the plan or scenario cannot be read.
/// </summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var planArgument = new Argument<string>("plan") { Description = "Plan file (logistics-plan/1 JSON) / 线路方案文件" };
        var scenarioOption = ScenarioOption();
        var previousOption = new Option<string?>("--previous")
        {
            Description = "The previous plan: its locked and co-modal lines must be unchanged / 上一版方案（锁定线路不得改动）",
        };
        var toleranceOption = new Option<double>("--tolerance-minutes")
        {
            Description = "Allowed difference between planned and recomputed times / 时刻容差（分钟）",
            DefaultValueFactory = _ => VerifierOptions.Default.TimeTolerance.TotalMinutes,
        };
        var strictOption = ScenarioLoading.Strict();
        var command = new Command("verify", "Check a line plan against its scenario / 核验线路方案")
        {
            planArgument,
            scenarioOption,
            previousOption,
            toleranceOption,
            strictOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!TryLoad(output, parse.GetValue(planArgument)!, parse.GetValue(scenarioOption)!, out var plan, out var scenario, parse.GetValue(strictOption)))
            {
                return 2;
            }

            LinePlan? previous = null;
            if (parse.GetValue(previousOption) is string previousPath && !TryReadPlan(output, previousPath, out previous))
            {
                return 2;
            }

            var tolerance = parse.GetValue(toleranceOption);
            if (!(tolerance >= 0) || !double.IsFinite(tolerance))
            {
                output.WriteLine("--tolerance-minutes must be a non-negative number / 容差须为非负数");
                return 2;
            }

            var report = PlanVerifier.Verify(
                plan, scenario, new StraightLineTravelTimes(scenario), previous,
                VerifierOptions.Default with { TimeTolerance = TimeSpan.FromMinutes(tolerance) });
            foreach (var v in report.Violations)
            {
                output.WriteLine(v.ToString());
            }

            foreach (var line in report.Carried.Lines())
            {
                output.WriteLine(line);
            }

            var c = CultureInfo.InvariantCulture;
            var visits = plan.Lines.Sum(l => l.Stops.Count * l.ServiceDays.Count);
            output.WriteLine(report.IsClean
                ? string.Create(c, $"核验通过 / Plan is clean: {plan.Lines.Count} line(s), {visits} stop call(s) a week, 0 violations")
                : string.Create(c, $"核验未通过 / Plan has {report.Violations.Count} violation(s): ") + string.Join(", ",
                    report.Violations.GroupBy(v => v.Code).Select(g => string.Create(c, $"{g.Key} × {g.Count()}"))));
            return report.IsClean ? 0 : 1;
        });
        return command;
    }

    /// <summary>The <c>--scenario</c> option shared by the plan commands.</summary>
    internal static Option<string> ScenarioOption() => new("--scenario")
    {
        Description = "Scenario JSON or scenario directory the plan was made for / 方案对应的情景",
        Required = true,
    };

    /// <summary>
    /// Reads the plan and the scenario (bad rows left out with a warning unless <paramref name="strict"/>, see
    /// <see cref="ScenarioLoading"/>), printing every problem; false when either cannot be used.
    /// </summary>
    internal static bool TryLoad(TextWriter output, string planPath, string scenarioPath, out LinePlan plan, out Scenario scenario, bool strict = false)
    {
        plan = null!;
        return ScenarioLoading.TryRead(output, scenarioPath, strict, out scenario) && TryReadPlan(output, planPath, out plan);
    }

    private static bool TryReadPlan(TextWriter output, string path, out LinePlan plan)
    {
        try
        {
            plan = LinePlanJson.Read(path);
            return true;
        }
        catch (DataValidationException ex)
        {
            output.WriteLine($"[errors] {path}: {ProblemReport.Counts(ex.Errors)}");
            ProblemReport.WriteAll(output, ex.Errors);
            plan = null!;
            return false;
        }
    }
}
