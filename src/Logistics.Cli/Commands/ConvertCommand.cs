using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Geo;
using Logistics.Planning.Export;
using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics convert &lt;in&gt; &lt;out&gt; [--from-crs X] [--to-crs Y]</c>: converts between sites CSV, XLSX,
/// GeoJSON, scenario JSON and the scenario directory form (chosen by the extension; a path without one is a
/// directory), converting coordinates. Vehicles files convert between CSV and XLSX. The input is checked like
/// <c>validate</c>; nothing is written when it has errors.
/// </summary>
public static class ConvertCommand
{
    public static Command Create()
    {
        var inArgument = new Argument<string>("in") { Description = "Input file or scenario directory / 输入" };
        var outArgument = new Argument<string>("out") { Description = "Output: .csv .xlsx .geojson .json, or a directory / 输出" };
        var fromCrsOption = DataOptions.Crs("--from-crs", "Coordinate system of the input when it has no crs column / 输入坐标系");
        var toCrsOption = DataOptions.Crs("--to-crs", "Coordinate system to write (scenario JSON is always WGS84) / 输出坐标系");
        var encodingOption = DataOptions.Encoding();
        var sheetOption = DataOptions.Sheet();
        var gbkOption = new Option<bool>("--gbk")
        {
            Description = "Write CSV as GB18030/GBK instead of UTF-8 with BOM / CSV 输出为 GBK 编码",
        };
        var command = new Command("convert", "Convert data between formats and coordinate systems / 格式与坐标系转换")
        {
            inArgument,
            outArgument,
            fromCrsOption,
            toCrsOption,
            encodingOption,
            sheetOption,
            gbkOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var input = parse.GetValue(inArgument)!;
            var target = parse.GetValue(outArgument)!;
            var import = new ImportOptions
            {
                CoordinateSystem = parse.GetValue(fromCrsOption),
                Encoding = parse.GetValue(encodingOption),
                SheetName = parse.GetValue(sheetOption),
            };
            var export = new ExportOptions
            {
                CoordinateSystem = parse.GetValue(toCrsOption),
                CsvEncoding = parse.GetValue(gbkOption) ? CsvExportEncoding.Gb18030 : CsvExportEncoding.Utf8WithBom,
            };
            try
            {
                return Run(output, input, target, import, export);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                output.WriteLine($"error: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(TextWriter output, string input, string target, ImportOptions import, ExportOptions export)
    {
        var toScenario = ScenarioExporter.IsDirectoryTarget(target) || target.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var crs = CoordinateSystemNames.ToName(export.CoordinateSystem);
        var kind = Directory.Exists(input) ? DataFileKind.Scenario : DataFileDetector.Detect(input, import);
        if (kind == DataFileKind.Vehicles)
        {
            var vehicles = VehicleImporter.Read(input, import);
            if (!Check(output, input, vehicles.Problems) || vehicles.Value is not { } fleet)
            {
                return 1;
            }

            VehicleExporter.Write(fleet, target, export);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {target}: {fleet.Count} vehicle type(s)"));
            return 0;
        }

        if (kind == DataFileKind.Sites && !toScenario)
        {
            var sites = SiteImporter.Read(input, import);
            if (!Check(output, input, sites.Problems) || sites.Value is not { } list)
            {
                return 1;
            }

            SiteExporter.Write(list, target, export);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {target}: {list.Count} site(s), {crs}"));
            return 0;
        }

        if (kind == DataFileKind.Other && !input.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !File.Exists(input))
        {
            output.WriteLine($"error: {input}: no such file or directory / 文件不存在");
            return 1;
        }

        var scenario = ScenarioImporter.Read(input, import);
        if (!Check(output, input, scenario.Problems) || scenario.Value is not { } s)
        {
            return 1;
        }

        if (target.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && export.CoordinateSystem is not (CoordinateSystem.Wgs84 or CoordinateSystem.Cgcs2000))
        {
            output.WriteLine($"error: scenario JSON is always WGS84; --to-crs {crs} applies to .csv, .xlsx, .geojson and directories / 情景 JSON 只用 WGS84");
            return 1;
        }

        ScenarioExporter.Write(s, target, export);
        var message = toScenario
            ? $"wrote {target} ({(target.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "scenario" : "scenario directory")}): {s.Sites.Count} site(s), {s.VehicleTypes.Count} vehicle type(s), {crs}"
            : $"wrote {target}: {s.Sites.Count} site(s), {crs} (sites only; the fleet and parameters are not part of a sites file)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{message}"));
        return 0;
    }

    private static bool Check(TextWriter output, string input, IReadOnlyList<Core.Errors.DataError> problems)
    {
        var failed = problems.Any(p => p.Severity == Core.Errors.DataErrorSeverity.Error);
        if (failed)
        {
            output.WriteLine($"[errors] {input}: {ProblemReport.Counts(problems)}; nothing written / 未写出");
        }

        ProblemReport.WriteAll(output, problems);
        return !failed;
    }
}
