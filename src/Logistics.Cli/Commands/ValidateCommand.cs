using System.CommandLine;
using System.Globalization;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics validate &lt;file|dir&gt;</c>: checks sites (CSV, XLSX, GeoJSON), vehicles (CSV, XLSX) and
/// scenario files (JSON, or a scenario directory), or every such file under a directory, and prints every
/// problem on its own line with file, row, column and value. A bad village row or a vehicle type without vehicles
/// is a warning that leaves the row out (<c>--strict</c>: an error, as the plan commands would refuse it). Exit
/// code 0 when there is no error (warnings do not fail), 1 otherwise.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var pathArgument = new Argument<string>("path")
        {
            Description = "A data file or a directory / 数据文件或目录 (.csv .xlsx .geojson .json)",
        };
        var crsOption = DataOptions.Crs("--crs", "Coordinate system of files without a crs column / 文件坐标系");
        var encodingOption = DataOptions.Encoding();
        var sheetOption = DataOptions.Sheet();
        var maxKmOption = new Option<double?>("--max-village-km")
        {
            Description = $"Flag villages farther than this from their township station / 村到乡镇站最大距离 km (default {ScenarioParameters.Default.MaxVillageToTownshipKm:F0})",
        };
        var strictOption = ScenarioLoading.Strict();
        var command = new Command("validate", "Check data files and print every problem / 检查数据文件，逐条列出问题")
        {
            pathArgument,
            crsOption,
            encodingOption,
            sheetOption,
            maxKmOption,
            strictOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(pathArgument)!;
            var parameters = ScenarioParameters.Default;
            if (parse.GetValue(maxKmOption) is double km)
            {
                parameters = parameters with { MaxVillageToTownshipKm = km };
            }

            var options = new ImportOptions
            {
                CoordinateSystem = parse.GetValue(crsOption),
                Encoding = parse.GetValue(encodingOption),
                SheetName = parse.GetValue(sheetOption),
                Parameters = parameters,
                ExcludeBadRows = !parse.GetValue(strictOption),
            };
            var checks = DataFileValidator.Check(path, options);
            foreach (var check in checks)
            {
                if (check.Skipped)
                {
                    output.WriteLine($"[skipped] {check.Path}: not a sites, vehicles or scenario file / 非数据文件");
                    continue;
                }

                var status = check.HasErrors ? "[errors]" : "[ok]";
                var what = check.HasErrors ? ProblemReport.Counts(check.Problems) : check.Summary;
                output.WriteLine($"{status} {check.Path}: {what}");
                ProblemReport.WriteAll(output, check.Problems);
            }

            var problems = checks.SelectMany(c => c.Problems).ToList();
            var checkedFiles = checks.Count(c => !c.Skipped);
            var failed = checks.Count(c => c.HasErrors);
            var errors = problems.Count(p => p.Severity == DataErrorSeverity.Error);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"汇总 / Summary: {checkedFiles} file(s) checked, {failed} with errors, {checks.Count - checkedFiles} skipped; {ProblemReport.Counts(problems)}"));
            if (checkedFiles == 0)
            {
                output.WriteLine("No data file found / 未找到数据文件.");
                return 1;
            }

            return errors > 0 ? 1 : 0;
        });
        return command;
    }
}
