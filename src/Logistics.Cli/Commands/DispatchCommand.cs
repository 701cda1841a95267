using System.CommandLine;
using System.Globalization;
using Logistics.Core.Ids;
using Logistics.Planning.Dispatch;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics dispatch &lt;plan.json&gt; --scenario &lt;scenario&gt; --date 2026-11-24 [--unavailable type#n]…
/// [--late SITE:CLASS:KG[:M3]]… [--out manifests.csv]</c>: the day's dispatch (<see cref="DispatchPlanner"/>, straight-line
/// travel × circuity as <c>verify</c> uses): the lines that run, each stop's drop and pick-up by goods class and the
/// load on board, the stops of unavailable vehicles moved or listed with a reason, late orders added or refused, and
/// the check of the day. <c>--out</c> writes the manifests as CSV (UTF-8 with BOM). CLASS is consumer, inputs,
/// parcels or produce (or 日用消费品, 农资, 快递包裹, 农产品); M3 defaults to the class's typical bulk
/// (<see cref="GoodsVolumes"/>). Exit code 0 when everything is served and the day checks clean, 1 when something
/// could not be served (or the day has violations), 2 on bad input.
/// </summary>
public static class DispatchCommand
{
    public static Command Create()
    {
        var planArgument = new Argument<string>("plan") { Description = "Plan file (logistics-plan/1 JSON) / 线路方案文件" };
        var scenarioOption = VerifyCommand.ScenarioOption();
        var dateOption = new Option<string>("--date") { Description = "Dispatch date, yyyy-MM-dd / 调度日期", Required = true };
        var unavailableOption = new Option<string[]>("--unavailable")
        {
            Description = "Vehicle not available that day: type#n, or the type when it has one vehicle (repeatable) / 当天不可用的车辆",
        };
        var lateOption = new Option<string[]>("--late")
        {
            Description = "Late order SITE:CLASS:KG[:M3], CLASS = consumer|inputs|parcels|produce (repeatable) / 追加订单",
        };
        var outOption = new Option<string?>("--out") { Description = "Write the manifests to this CSV file (UTF-8 with BOM) / 导出装卸清单 CSV" };
        var command = new Command("dispatch", "Daily dispatch: runs, manifests, unavailable vehicles, late orders / 每日调度与装卸清单")
        {
            planArgument,
            scenarioOption,
            dateOption,
            unavailableOption,
            lateOption,
            outOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var dateText = parse.GetValue(dateOption)!;
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                output.WriteLine($"--date '{dateText}' is not a date yyyy-MM-dd / 日期格式应为 yyyy-MM-dd");
                return 2;
            }

            if (!VerifyCommand.TryLoad(output, parse.GetValue(planArgument)!, parse.GetValue(scenarioOption)!, out var plan, out var scenario))
            {
                return 2;
            }

            var unavailable = new List<VehicleRef>();
            foreach (var text in parse.GetValue(unavailableOption) ?? [])
            {
                if (!VehicleRef.TryParse(text, scenario, out var vehicle, out var error))
                {
                    output.WriteLine($"--unavailable '{text}': {error}");
                    return 2;
                }

                unavailable.Add(vehicle);
            }

            var late = new List<LateOrder>();
            foreach (var text in parse.GetValue(lateOption) ?? [])
            {
                if (!TryParseLate(text, scenario, out var order, out var error))
                {
                    output.WriteLine($"--late '{text}': {error}");
                    return 2;
                }

                late.Add(order);
            }

            DispatchDay day;
            try
            {
                day = DispatchPlanner.Plan(plan, scenario, new StraightLineTravelTimes(scenario), new DispatchRequest(date) { Unavailable = unavailable, LateOrders = late });
            }
            catch (ArgumentException ex)
            {
                output.WriteLine($"cannot dispatch: {ex.Message} / 无法调度");
                return 2;
            }

            ManifestText.Write(day, output);
            if (parse.GetValue(outOption) is string path)
            {
                try
                {
                    ManifestCsv.Write(day, path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    output.WriteLine($"cannot write {path}: {ex.Message} / 无法写入");
                    return 2;
                }

                output.WriteLine($"写出 / Written: {path}");
            }

            var c = CultureInfo.InvariantCulture;
            output.WriteLine(day.AllServed
                ? string.Create(c, $"全部完成 / All served: {day.Runs.Count} run(s), {day.Runs.Sum(r => r.Stops.Count)} stop call(s), {day.Moves.Count} moved")
                : string.Create(c, $"未全部完成 / Not all served: {day.Unserved.Count} stop(s) not served, {day.LateOrders.Count(o => !o.Added)} late order(s) refused, {day.Verification.Violations.Count} violation(s)"));
            return day.AllServed ? 0 : 1;
        });
        return command;
    }

    /// <summary>Reads <c>SITE:CLASS:KG[:M3]</c>; the error says which part is wrong.</summary>
    internal static bool TryParseLate(string text, Scenario scenario, out LateOrder order, out string error)
    {
        order = null!;
        var parts = text.Split(':');
        if (parts.Length is < 3 or > 4)
        {
            error = "write SITE:CLASS:KG or SITE:CLASS:KG:M3 / 格式为 站点:货类:公斤[:立方米]";
            return false;
        }

        var site = new SiteId(parts[0].Trim());
        if (!scenario.TryGetSite(site, out _))
        {
            error = $"the scenario has no site '{parts[0]}' / 情景中没有该站点";
            return false;
        }

        if (!GoodsClassNames.TryParse(parts[1], out var goods))
        {
            error = $"unknown goods class '{parts[1]}' (consumer, inputs, parcels, produce) / 货类无法识别";
            return false;
        }

        if (!double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var kg) || !(kg > 0) || !double.IsFinite(kg))
        {
            error = $"KG '{parts[2]}' must be a positive number / 公斤数须为正数";
            return false;
        }

        var m3 = GoodsVolumes.TypicalM3(goods, kg);
        if (parts.Length == 4 && (!double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out m3) || !(m3 >= 0) || !double.IsFinite(m3)))
        {
            error = $"M3 '{parts[3]}' must be a non-negative number / 立方米数须为非负数";
            return false;
        }

        order = new LateOrder(site, goods, new Quantity(kg, m3));
        error = string.Empty;
        return true;
    }
}
