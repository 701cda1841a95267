using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics info &lt;scenario&gt;</c>: a summary of a scenario (JSON file or scenario directory) or a sites
/// file: sites by tier, weekly demand down and up (kg, m³, by goods class), population, the WGS84 bounding
/// box and the fleet. Labels are Chinese first, then English.
/// </summary>
public static class InfoCommand
{
    public static Command Create()
    {
        var pathArgument = new Argument<string>("scenario")
        {
            Description = "Scenario JSON, scenario directory, or sites file / 情景文件、情景目录或站点文件",
        };
        var crsOption = DataOptions.Crs("--crs", "Coordinate system of a sites file without a crs column / 文件坐标系");
        var encodingOption = DataOptions.Encoding();
        var sheetOption = DataOptions.Sheet();
        var command = new Command("info", "Summarise a scenario / 情景概况")
        {
            pathArgument,
            crsOption,
            encodingOption,
            sheetOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(pathArgument)!;
            var options = new ImportOptions
            {
                CoordinateSystem = parse.GetValue(crsOption),
                Encoding = parse.GetValue(encodingOption),
                SheetName = parse.GetValue(sheetOption),
            };

            string title;
            IReadOnlyList<Site> sites;
            IReadOnlyList<VehicleType> fleet;
            IReadOnlyList<DataError> warnings;
            if (!Directory.Exists(path) && File.Exists(path) && DataFileDetector.Detect(path, options) == DataFileKind.Sites)
            {
                var result = SiteImporter.Read(path, options);
                if (!Report(output, path, result.Problems))
                {
                    return 1;
                }

                title = $"站点文件 / Sites file: {Path.GetFileName(path)}";
                sites = result.Value!;
                fleet = [];
                warnings = result.Warnings;
            }
            else
            {
                var result = ScenarioImporter.Read(path, options);
                if (!Report(output, path, result.Problems))
                {
                    return 1;
                }

                var s = result.Value!;
                var county = string.Join(' ', new[] { s.CountyCode, s.CountyName }.Where(x => x.Length > 0));
                title = $"情景 / Scenario: {s.Name}" + (county.Length > 0 ? $" ({county})" : string.Empty);
                sites = s.Sites;
                fleet = s.VehicleTypes;
                warnings = result.Warnings;
            }

            Write(output, title, sites, fleet);
            ProblemReport.WriteAll(output, warnings);
            return 0;
        });
        return command;
    }

    private static bool Report(TextWriter output, string path, IReadOnlyList<DataError> problems)
    {
        if (!problems.Any(p => p.Severity == DataErrorSeverity.Error))
        {
            return true;
        }

        output.WriteLine($"[errors] {path}: {ProblemReport.Counts(problems)}");
        ProblemReport.WriteAll(output, problems);
        return false;
    }

    private static void Write(TextWriter o, string title, IReadOnlyList<Site> sites, IReadOnlyList<VehicleType> fleet)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(title);
        o.WriteLine(string.Create(c, $"站点 / Sites: {sites.Count}"));
        foreach (var tier in Enum.GetValues<SiteTier>())
        {
            var n = sites.Count(s => s.Tier == tier);
            if (n > 0)
            {
                o.WriteLine(string.Create(c, $"  {SiteTierNames.Chinese(tier)} / {SiteTierNames.English(tier)}: {n}"));
            }
        }

        var estimated = sites.Count(s => s.LocationEstimated);
        if (estimated > 0)
        {
            o.WriteLine(string.Create(c, $"  位置估计 / Estimated positions: {estimated}"));
        }

        var down = sites.Aggregate(Quantity.Zero, (q, s) => q + s.Demand.WeekDown);
        var up = sites.Aggregate(Quantity.Zero, (q, s) => q + s.Demand.WeekUp);
        o.WriteLine("每周需求 / Weekly demand:");
        o.WriteLine(string.Create(c, $"  下行 / Down: {down.Kg:N1} kg, {down.M3:N2} m³"));
        foreach (var goods in new[] { GoodsClass.ConsumerGoods, GoodsClass.FarmInputs, GoodsClass.Parcels })
        {
            var q = sites.SelectMany(s => s.Demand.Days).Aggregate(Quantity.Zero, (sum, d) => sum + d.Get(goods));
            o.WriteLine(string.Create(c, $"    {DemandColumns.GoodsChinese(goods)} / {DemandColumns.GoodsCode(goods)}: {q.Kg:N1} kg, {q.M3:N2} m³"));
        }

        o.WriteLine(string.Create(c, $"  上行 / Up: {up.Kg:N1} kg, {up.M3:N2} m³ ({DemandColumns.GoodsChinese(GoodsClass.Produce)} / {DemandColumns.GoodsCode(GoodsClass.Produce)})"));
        o.WriteLine(string.Create(c, $"人口 / Population: {sites.Sum(s => (long)s.Population):N0}; 户数 / Households: {sites.Sum(s => (long)s.Households):N0}"));
        if (sites.Count > 0)
        {
            o.WriteLine(string.Create(
                c,
                $"范围 / Bounding box (WGS84): lon {sites.Min(s => s.Location.Lon):F5} – {sites.Max(s => s.Location.Lon):F5}, lat {sites.Min(s => s.Location.Lat):F5} – {sites.Max(s => s.Location.Lat):F5}"));
        }

        if (fleet.Count == 0)
        {
            o.WriteLine("车队 / Fleet: none / 无");
            return;
        }

        o.WriteLine(string.Create(
            c,
            $"车队 / Fleet: {fleet.Count} type(s), {fleet.Sum(v => v.Count)} vehicle(s); capacity {fleet.Sum(v => v.CapacityKg * v.Count):N0} kg, {fleet.Sum(v => v.CapacityM3 * v.Count):N1} m³"));
        foreach (var v in fleet)
        {
            var cold = v.ColdChain ? ", 冷链 / cold chain" : string.Empty;
            o.WriteLine(string.Create(c, $"  {v.Id} {v.Name}: {v.Count} × {v.CapacityKg:N0} kg / {v.CapacityM3:N1} m³, 车场 / depot {v.HomeDepot}{cold}"));
        }
    }
}
