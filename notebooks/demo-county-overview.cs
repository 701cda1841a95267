#!/usr/bin/env -S dotnet run
#:project ../src/Logistics.Planning/Logistics.Planning.csproj
#:property PublishAot=false
// 示例县域概览 / Demo county overview — a runnable notebook (a .NET 10 file-based program):
//   dotnet run notebooks/demo-county-overview.cs [scenario.json]
// Without an argument it uses the embedded synthetic demo county (data/demo-county). It prints, step by step:
// the network by tier, demand by weekday (down and up: the 赶场 market-day pattern shows here), how far villages
// are from the nearest outlet, and coverage at several thresholds with and without township stations counted.
using System.Globalization;
using Logistics.Planning.Coverage;
using Logistics.Planning.Demo;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Spatial.Coverage;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = System.Text.Encoding.UTF8;
var scenario = args.Length > 0 ? ScenarioJson.Read(args[0]) : EmbeddedDemo.Load();

Console.WriteLine($"## 1. 网络 / Network — {scenario.CountyName} {scenario.CountyCode}");
foreach (var tier in Enum.GetValues<SiteTier>())
{
    var sites = scenario.SitesOf(tier).ToList();
    Console.WriteLine($"{SiteTierNames.Chinese(tier),-12} {SiteTierNames.English(tier),-18} {sites.Count,5}  population {sites.Sum(s => s.Population),9:N0}");
}

Console.WriteLine();
Console.WriteLine("## 2. 每日需求 / Demand by weekday (all sites, kg)");
Console.WriteLine($"{"day",-6}{"consumer",10}{"inputs",10}{"parcels",10}{"down",10}{"up",10}");
foreach (var day in Weekdays.MondayFirst)
{
    var d = scenario.Sites.Select(s => s.Demand[day]).ToList();
    Console.WriteLine($"{Weekdays.Chinese(day),-6}{d.Sum(x => x.ConsumerGoods.Kg),10:N0}{d.Sum(x => x.FarmInputs.Kg),10:N0}{d.Sum(x => x.Parcels.Kg),10:N0}{d.Sum(x => x.Down.Kg),10:N0}{d.Sum(x => x.Up.Kg),10:N0}");
}

Console.WriteLine();
Console.WriteLine("## 3. 村到最近网点距离 / Distance from each village to its nearest outlet (outlets only)");
var thresholds = new[] { "500m", "1km", "2km", "3km", "15min" }.Select(CoverageThreshold.Parse).ToList();
var outletsOnly = CoverageAnalyzer.Analyze(scenario, new CoverageOptions { Thresholds = thresholds, StationsAreOutlets = false });
var withOwnOutlet = outletsOnly.Villages.Count(v => v.Distance.Value == 0);
Console.WriteLine($"villages {outletsOnly.Villages.Count}, with an outlet of their own {withOwnOutlet}");
var others = outletsOnly.Villages.Where(v => v.Distance.Value > 0).Select(v => v.Distance.Value / 1000.0).Order().ToList();
if (others.Count > 0)
{
    Console.WriteLine($"villages without an outlet: {others.Count}; nearest outlet median {others[others.Count / 2]:F2} km, max {others[^1]:F2} km");
    foreach (var bin in others.GroupBy(km => Math.Floor(km * 2) / 2).OrderBy(g => g.Key))
    {
        Console.WriteLine($"  {bin.Key,4:F1}–{bin.Key + 0.5,4:F1} km {new string('#', bin.Count())} {bin.Count()}");
    }
}

Console.WriteLine();
Console.WriteLine("## 4. 覆盖率 / Coverage share (by villages, by population)");
var withStations = CoverageAnalyzer.Analyze(scenario, new CoverageOptions { Thresholds = thresholds, StationsAreOutlets = true });
Console.WriteLine($"{"threshold",-10}{"outlets only",24}{"outlets + stations",24}");
for (var i = 0; i < thresholds.Count; i++)
{
    var a = outletsOnly.County[i];
    var b = withStations.County[i];
    Console.WriteLine($"{thresholds[i],-10}{a.ShareByCount,11:P1} {a.ShareByPopulation,11:P1}{b.ShareByCount,12:P1} {b.ShareByPopulation,11:P1}");
}

Console.WriteLine();
Console.WriteLine("## 5. 覆盖最弱的乡镇 / Townships with the lowest 1 km coverage (outlets only)");
foreach (var t in outletsOnly.Townships.OrderBy(t => t.Shares[1].ShareByPopulation).Take(5))
{
    Console.WriteLine($"{t.TownshipCode} {t.StationName,-20} {t.Shares[1].CoveredVillages}/{t.Shares[1].Villages} villages, {t.Shares[1].ShareByPopulation:P1} of population");
}
