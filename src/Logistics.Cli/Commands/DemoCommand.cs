using System.CommandLine;
using System.Globalization;
using Logistics.Planning.Demo;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;

namespace Logistics.Cli.Commands;

/// <summary><c>logistics demo --out DIR [--seed N]</c>: writes the synthetic demo county files (合成数据).</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the demo county files / 输出目录 (e.g. data/demo-county)",
            Required = true,
        };
        var seedOption = new Option<int>("--seed")
        {
            Description = $"Random seed / 随机种子 (default {DemoCountyOptions.DocumentedSeed}: the shipped files)",
            DefaultValueFactory = _ => DemoCountyOptions.DocumentedSeed,
        };
        var command = new Command("demo", "Generate the synthetic demo county / 生成合成示例县域（非真实数据）")
        {
            outOption,
            seedOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var dir = parse.GetValue(outOption)!;
            var options = DemoCountyOptions.Default with { Seed = parse.GetValue(seedOption) };
            var factory = new GeometryServices().Wgs84;
            var scenario = new DemoCountyGenerator(options, factory).Generate();
            var paths = DemoCountyFiles.Write(dir.FullName, scenario);
            var down = scenario.Sites.Aggregate(Quantity.Zero, (q, s) => q + s.Demand.WeekDown);
            var up = scenario.Sites.Aggregate(Quantity.Zero, (q, s) => q + s.Demand.WeekUp);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{scenario.CountyName} (seed {options.Seed}): {scenario.SitesOf(SiteTier.TownshipStation).Count()} stations, {scenario.SitesOf(SiteTier.VillageOutlet).Count()} outlets, {scenario.SitesOf(SiteTier.Village).Count()} villages without outlet, {scenario.SitesOf(SiteTier.CandidateSite).Count()} candidates; weekly demand down {down.Kg / 1000:F1} t / {down.M3:F0} m³, up {up.Kg / 1000:F1} t / {up.M3:F0} m³"));
            foreach (var p in paths)
            {
                output.WriteLine($"wrote {p} ({new FileInfo(p).Length:N0} bytes)");
            }

            return 0;
        });
        return command;
    }
}
