using System.CommandLine;
using Logistics.Core.Errors;
using Logistics.Planning.Counties;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Spatial.Geodesy;

namespace Logistics.Cli.Commands;

/// <summary><c>logistics county CODE --geodata DIR --out scenario.json [--candidates]</c>: imports a real county from the geodata folder.</summary>
public static class CountyCommand
{
    public static Command Create()
    {
        var codeArgument = new Argument<string>("code") { Description = "6-digit NBS county code / 县级代码, e.g. 500231 (垫江县)" };
        var geodataOption = new Option<DirectoryInfo>("--geodata")
        {
            Description = "The geodata folder (counties.csv, townships_*.csv, villages_*.csv, boundary_*.geojson) / 地理数据目录",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultGeodata()),
        };
        var outOption = new Option<FileInfo>("--out")
        {
            Description = "The scenario JSON to write / 输出场景文件",
            Required = true,
        };
        var candidatesOption = new Option<bool>("--candidates")
        {
            Description = "Township seats as candidate centres, villages as candidate outlets (for site --model two-level) instead of opening all / 乡镇驻地作为候选服务中心、行政村作为候选网点，而不是全部开设",
        };
        var strictOption = Data.ScenarioLoading.Strict();
        var command = new Command("county", "Import a real county into a scenario / 导入真实县域（村点位部分为估算）")
        {
            codeArgument,
            geodataOption,
            outOption,
            candidatesOption,
            strictOption,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var code = parse.GetValue(codeArgument)!;
            var geodata = parse.GetValue(geodataOption)!;
            var outFile = parse.GetValue(outOption)!;
            try
            {
                CountyImport import;
                using (var progress = WorkProgress.Start("导入县域 county"))
                {
                    var options = CountyImportOptions.Default with { CandidatesOnly = parse.GetValue(candidatesOption), ExcludeBadRows = !parse.GetValue(strictOption) };
                    import = new CountyImporter(new GeometryServices(), options).Import(geodata.FullName, code, cancellationToken, progress.County());
                }

                var s = import.Scenario;
                if (outFile.Directory is { } dir)
                {
                    dir.Create();
                }

                ScenarioJson.Write(s, outFile.FullName);
                foreach (var note in import.Notes)
                {
                    output.WriteLine(note.ToString());
                }

                var estimated = s.Sites.Count(x => x.LocationEstimated);
                if (parse.GetValue(candidatesOption))
                {
                    output.WriteLine($"{s.CountyName} {s.CountyCode}: {s.SitesOf(SiteTier.Village).Count()} villages and communities as demand points, nothing open yet; {estimated} estimated locations");
                    output.WriteLine($"候选 / candidates: {s.Sites.Count(Planning.Coverage.SitingCandidates.IsCentre)} 服务中心 / centres, {s.Sites.Count(Planning.Coverage.SitingCandidates.IsOutlet)} 村级网点 / outlets");
                }
                else
                {
                    output.WriteLine($"{s.CountyName} {s.CountyCode}: {s.SitesOf(SiteTier.TownshipStation).Count()} stations, {s.SitesOf(SiteTier.VillageOutlet).Count()} village outlets, {s.SitesOf(SiteTier.Village).Count()} communities; {estimated} estimated locations");
                }

                output.WriteLine($"wrote {outFile.FullName}");
                return Task.FromResult(0);
            }
            catch (DataValidationException ex)
            {
                foreach (var e in ex.Errors)
                {
                    parse.InvocationConfiguration.Error.WriteLine(e.ToString());
                }

                return Task.FromResult(2);
            }
        });
        return command;
    }

    private static string DefaultGeodata()
    {
        var shared = Environment.GetEnvironmentVariable("LOGISTICS_SHARED");
        return string.IsNullOrWhiteSpace(shared) ? Path.Combine("..", "shared", "geodata") : Path.Combine(shared, "geodata");
    }
}
