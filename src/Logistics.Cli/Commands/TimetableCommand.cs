using System.CommandLine;
using Logistics.Planning.Lines;
using Logistics.Planning.Timetables;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics timetable &lt;plan.json&gt; --scenario &lt;scenario&gt; [--stops] [--csv out.csv] [--xlsx out.xlsx]</c>:
/// prints each line's timetable (depot departure, stops, return) and, with <c>--stops</c>, each site's calls
/// (<c>每周二、五 09:40 到达</c>); <c>--csv</c> writes the line timetables as CSV (UTF-8 with BOM, for Excel),
/// <c>--xlsx</c> as an Excel sheet.
/// </summary>
public static class TimetableCommand
{
    public static Command Create()
    {
        var planArgument = new Argument<string>("plan") { Description = "Plan file (logistics-plan/1 JSON) / 线路方案文件" };
        var scenarioOption = VerifyCommand.ScenarioOption();
        var stopsOption = new Option<bool>("--stops") { Description = "Also print the timetable of every stop / 同时输出站点时刻表" };
        var csvOption = new Option<string?>("--csv") { Description = "Write the line timetables to this CSV file / 导出 CSV" };
        var xlsxOption = new Option<string?>("--xlsx") { Description = "Write the line timetables to this Excel file / 导出 Excel" };
        var command = new Command("timetable", "Print the timetables of a line plan / 输出线路时刻表")
        {
            planArgument,
            scenarioOption,
            stopsOption,
            csvOption,
            xlsxOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!VerifyCommand.TryLoad(output, parse.GetValue(planArgument)!, parse.GetValue(scenarioOption)!, out var plan, out var scenario))
            {
                return 2;
            }

            if (plan.ScenarioHash != ScenarioFingerprint.Of(scenario))
            {
                output.WriteLine($"warning: the plan was made for another version of the scenario ('{plan.ScenarioName}') / 方案与情景版本不符");
            }

            foreach (var table in Timetable.ForLines(plan, scenario))
            {
                var line = table.Line;
                var name = line.Name.Length > 0 ? $" {line.Name}" : string.Empty;
                var vehicle = line.VehicleLabel ?? line.VehicleType?.Value ?? "客车 bus";
                output.WriteLine($"{line.Id}{name} [{LineKindNames.Chinese(line.Kind)} / {LineKindNames.Code(line.Kind)}] {line.ServiceDays.ToChinese()} ({line.ServiceDays.ToEnglish()}), {vehicle}{(line.Locked ? ", 锁定 / locked" : string.Empty)}");
                foreach (var row in table.Rows)
                {
                    var arrive = row.Arrival is TimeOnly a ? TimetableText.Clock(a) : "  -  ";
                    var depart = row.Departure is TimeOnly d ? TimetableText.Clock(d) : "  -  ";
                    output.WriteLine($"  {row.Sequence,2}  {arrive}  {depart}  {row.Site.Value} {row.SiteName}");
                }
            }

            if (parse.GetValue(stopsOption))
            {
                output.WriteLine("站点时刻表 / Stop timetables");
                foreach (var stop in Timetable.ForStops(plan, scenario))
                {
                    output.WriteLine($"{stop.Site.Value} {stop.SiteName}");
                    foreach (var visit in stop.Visits)
                    {
                        output.WriteLine($"  {visit.Chinese}（{visit.LineId}）/ {visit.English} ({visit.LineId})");
                    }
                }
            }

            foreach (var (path, write) in new (string?, Action<string>)[]
            {
                (parse.GetValue(csvOption), p => TimetableCsv.Write(plan, scenario, p)),
                (parse.GetValue(xlsxOption), p => TimetableXlsx.Write(plan, scenario, p)),
            })
            {
                if (path is null)
                {
                    continue;
                }

                try
                {
                    write(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    output.WriteLine($"cannot write {path}: {ex.Message} / 无法写入");
                    return 2;
                }

                output.WriteLine($"写出 / Written: {path}");
            }

            return 0;
        });
        return command;
    }
}
