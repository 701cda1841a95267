#!/usr/bin/env -S dotnet run
#:project ../src/Logistics.Planning/Logistics.Planning.csproj
#:property PublishAot=false
// 定时定点定线 / Fixed lines of the demo county — a runnable notebook (a .NET 10 file-based program):
//   dotnet run -c Release notebooks/demo-county-lines.cs [scenario.json] [seed]
// Without an argument it uses the embedded synthetic demo county (data/demo-county). It plans the fixed lines,
// then shows, step by step: the verifier's verdict, the lines by kind, one township's day (trunk in, feeders out
// and back, trunk out), the timetable of one village outlet as villagers read it, the week's KPIs, the price of
// consistency against daily routes, and one day's dispatch with a van out of service.
using System.Globalization;
using Logistics.Planning.Demo;
using Logistics.Planning.Dispatch;
using Logistics.Planning.Kpis;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Planner;
using Logistics.Planning.Serialization;
using Logistics.Planning.Timetables;
using Logistics.Planning.Verification;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = System.Text.Encoding.UTF8;
var scenario = args.Length > 0 ? ScenarioJson.Read(args[0]) : EmbeddedDemo.Load();
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
var travel = new StraightLineTravelTimes(scenario);

Console.WriteLine($"## 1. 规划 / Plan — {scenario.CountyName}, seed {seed}");
var result = LinePlanner.Plan(scenario, PlannerOptions.Default with { Seed = seed }, travel);
var plan = result.Plan;
Console.WriteLine($"{plan.Lines.Count} lines in {result.Elapsed.TotalSeconds:0.0} s; verifier: {(result.Verification.IsClean ? "clean / 核验通过" : $"{result.Verification.Violations.Count} violation(s)")}; unserved sites: {result.Unplanned.Count}");

Console.WriteLine();
Console.WriteLine("## 2. 线路 / Lines by kind");
foreach (var kind in plan.Lines.GroupBy(l => l.Kind).OrderBy(g => g.Key))
{
    Console.WriteLine($"{LineKindNames.Chinese(kind.Key),-4} {kind.Key,-8} {kind.Count(),4} lines, {kind.Sum(l => l.Stops.Count * l.ServiceDays.Count),5} stop calls a week");
}

Console.WriteLine();
var station = scenario.SitesOf(SiteTier.TownshipStation).OrderByDescending(s => plan.Lines.Count(l => l.HomeDepot == s.Id)).First();
Console.WriteLine($"## 3. 一个乡镇的周二 / Tuesday at {station.Name}");
foreach (var line in plan.LinesOn(DayOfWeek.Tuesday).Where(l => l.HomeDepot == station.Id || l.IndexOf(station.Id) >= 0).OrderBy(l => l.IndexOf(station.Id) >= 0 ? l.Stops[l.IndexOf(station.Id)].Arrival : l.Departure))
{
    var at = line.IndexOf(station.Id);
    var when = at >= 0 ? $"at the station {line.Stops[at].Arrival:HH\\:mm}–{line.Stops[at].Departure:HH\\:mm}" : $"out {line.Departure:HH\\:mm}, back {line.Return:HH\\:mm}";
    Console.WriteLine($"{line.Id,-16} {LineKindNames.Chinese(line.Kind)} {line.VehicleLabel,-22} {when}  {line.Stops.Count} stop(s)");
}

Console.WriteLine();
var outlet = plan.Lines.Where(l => l.Kind == LineKind.Feeder && l.HomeDepot == station.Id).SelectMany(l => l.Stops).Select(s => scenario[s.Site]).First();
Console.WriteLine($"## 4. 站点时刻表 / Timetable of {outlet.Name} (needs {outlet.RequiredVisitsPerWeek} visits a week)");
foreach (var visit in Timetable.ForSite(plan, scenario, outlet.Id).Visits)
{
    Console.WriteLine($"{visit.LineId,-16} {TimetableText.ArrivalChinese(visit.Days, visit.Arrival)} / {TimetableText.ArrivalEnglish(visit.Days, visit.Arrival)}");
}

Console.WriteLine();
Console.WriteLine("## 5. 周指标 / KPIs of the week");
var kpis = PlanKpiCalculator.Compute(plan, scenario, travel);
Console.WriteLine($"km {kpis.Totals.Km:N1}, vehicle-hours {kpis.Totals.VehicleHours:N1}, cost {kpis.Totals.Cost:N2} CNY (fixed {kpis.Totals.FixedCost:N2}), CO2 {kpis.Totals.Co2Kg:N1} kg, vehicles {kpis.VehiclesUsed}, load factor {kpis.Totals.LoadFactorKg:P1}");

Console.WriteLine();
Console.WriteLine("## 6. 定线代价 / Price of consistency");
if (result.Consistency is { } price)
{
    Console.WriteLine($"fixed lines {price.FixedKm:N1} km / {price.FixedCost:N2} CNY; daily routes {price.BaselineKm:N1} km / {price.BaselineCost:N2} CNY; price {price.ExtraCost:+#,##0.00;-#,##0.00} CNY ({price.ExtraCostShare:+0.0%;-0.0%})");
    Console.WriteLine($"  trunks {price.FixedTrunkKm:N1} vs {price.BaselineTrunkKm:N1} km; feeders and direct {price.FixedKm - price.FixedTrunkKm:N1} vs {price.BaselineKm - price.BaselineTrunkKm:N1} km");
}
else
{
    Console.WriteLine("(the baseline did not fit the time budget)");
}

Console.WriteLine();
var van = plan.Lines.Where(l => l.Kind == LineKind.Feeder && l.HomeDepot == station.Id && l.ServiceDays.Contains(DayOfWeek.Tuesday)).Select(l => l.VehicleLabel!).First();
var tuesday = new DateOnly(2026, 11, 24);
Console.WriteLine($"## 7. 调度 / Dispatch on {tuesday:yyyy-MM-dd} with {van} out of service");
if (!VehicleRef.TryParse(van, scenario, out var vehicle, out var error))
{
    throw new InvalidOperationException(error);
}

var day = DispatchPlanner.Plan(plan, scenario, travel, new DispatchRequest(tuesday) { Unavailable = [vehicle] });
Console.WriteLine($"{day.Runs.Count} runs; {day.Moves.Count} stop(s) moved, {day.Unserved.Count} not served; the day's plan {(day.Verification.IsClean ? "verifies clean" : $"has {day.Verification.Violations.Count} violation(s)")}");
foreach (var u in day.Unserved.Take(5))
{
    Console.WriteLine($"  {u}");
}
