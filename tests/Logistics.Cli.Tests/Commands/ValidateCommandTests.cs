using System.CommandLine;
using Logistics.Cli.Commands;

namespace Logistics.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([ValidateCommand.Create()], ["validate", .. args]);

    [Theory]
    [InlineData("unknown-crs.csv", "row 3", "column 'crs'", "(value: 'Xian80')")]
    [InlineData("duplicate-id.csv", "row 6", "column 'id'", "(value: 'V10101')")]
    [InlineData("missing-column.csv", "row 1", "column 'lat'", "[missing-column]")]
    [InlineData("village-far.csv", "row 4", "column 'lon'", "[far-from-township]")]
    [InlineData("negative-demand.csv", "row 3", "column 'demand_tue_produce_kg'", "(value: '-25')")]
    public void Broken_file_fails_and_names_row_and_column(string file, string row, string column, string detail)
    {
        var (exit, output) = Run(Data("broken", file), "--strict");
        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("error ", StringComparison.Ordinal));
        Assert.Contains(file, line);
        Assert.Contains(row, line);
        Assert.Contains(column, line);
        Assert.Contains(detail, line);
        Assert.Contains("1 error(s)", output);
    }

    [Fact]
    public void The_broken_directory_prints_every_problem_and_a_summary()
    {
        var (exit, output) = Run(Data("broken"), "--strict");
        Assert.Equal(1, exit);
        Assert.Equal(5, output.Split('\n').Count(l => l.TrimStart().StartsWith("error ", StringComparison.Ordinal)));
        Assert.Contains("5 file(s) checked, 5 with errors", output);
    }

    [Theory]
    [InlineData("village-far.csv", "row 4", "[far-from-township]")]
    [InlineData("negative-demand.csv", "row 3", "[negative-demand]")]
    public void Without_strict_a_bad_village_row_is_a_warning_that_excludes_it(string file, string row, string code)
    {
        var (exit, output) = Run(Data("broken", file));
        Assert.True(exit == 0, output);
        var line = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("warning ", StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal));
        Assert.Contains(file, line);
        Assert.Contains(row, line);
        Assert.Contains("row excluded", line);
        Assert.Contains("已排除此行", line);
        Assert.Contains("0 error(s)", output);
    }

    [Theory]
    [InlineData("sites-clean.csv")]
    [InlineData("sites-gbk.csv")]
    [InlineData("sites.geojson")]
    [InlineData("vehicles.csv")]
    public void Clean_file_passes_with_exit_code_zero(string file)
    {
        var (exit, output) = Run(Data(file));
        Assert.True(exit == 0, output);
        Assert.Contains("[ok]", output);
        Assert.Contains("0 error(s)", output);
    }

    [Fact]
    public void Warnings_are_printed_but_do_not_fail()
    {
        var (exit, output) = Run(Data("sites-clean.csv"));
        Assert.Equal(0, exit);
        Assert.Contains("warning ", output);
        Assert.Contains("[estimated-location]", output);
    }

    [Fact]
    public void A_tighter_village_distance_makes_a_clean_file_fail()
    {
        // The village V10102 is about 3.4 km from station S101.
        var (exit, output) = Run(Data("sites-clean.csv"), "--max-village-km", "2", "--strict");
        Assert.Equal(1, exit);
        Assert.Contains("[far-from-township]", output);

        // Without --strict the village is left out with a warning, as plan would do.
        var (lenient, lenientOutput) = Run(Data("sites-clean.csv"), "--max-village-km", "2");
        Assert.True(lenient == 0, lenientOutput);
        Assert.Contains("row excluded", lenientOutput);
    }

    [Fact]
    public void The_file_level_coordinate_system_is_applied()
    {
        // A BD-09 reading of WGS84 coordinates moves every point by ~0.7 km: the file stays valid.
        var (exit, _) = Run(Data("sites-clean.csv"), "--crs", "百度");
        Assert.Equal(0, exit);
        var (badExit, badOutput) = Run(Data("sites-clean.csv"), "--crs", "Xian80");
        Assert.NotEqual(0, badExit);
        Assert.Contains("Xian80", badOutput);
    }

    [Fact]
    public void A_scenario_json_written_by_the_tool_passes()
    {
        var dir = Directory.CreateTempSubdirectory("logistics-cli-validate").FullName;
        var json = Path.Combine(dir, "scenario.json");
        var root = new RootCommand { ConvertCommand.Create() };
        using var sink = new StringWriter();
        Assert.Equal(0, root.Parse(["convert", Data("sites-clean.csv"), json]).Invoke(new InvocationConfiguration { Output = sink, Error = sink }));
        var (exit, output) = Run(dir);
        Assert.True(exit == 0, output);
        Assert.Contains("scenario 'sites-clean'", output);
    }

    [Fact]
    public void Xlsx_problems_name_the_sheet_row_as_excel_shows_it()
    {
        var sites = Logistics.Planning.Import.SiteImporter.Read(Data("sites-clean.csv")).GetValueOrThrow().ToList();
        sites[3] = sites[3] with { Population = -1 };
        var path = Path.Combine(Directory.CreateTempSubdirectory("logistics-cli-validate").FullName, "sites.xlsx");
        using (var stream = File.Create(path))
        {
            Logistics.Planning.Export.SiteExporter.WriteXlsx(sites, stream, new Logistics.Planning.Export.ExportOptions { SheetName = "站点" });
        }

        var (exit, output) = Run(path, "--sheet", "站点", "--strict");
        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("error ", StringComparison.Ordinal));
        Assert.Contains("row 5", line);
        Assert.Contains("column 'population'", line);
        Assert.Contains("(value: '-1')", line);

        var (wrongSheet, wrongOutput) = Run(path, "--sheet", "Sheet1");
        Assert.Equal(1, wrongSheet);
        Assert.Contains("[missing-sheet]", wrongOutput);
    }

    [Fact]
    public void A_missing_path_fails()
    {
        var (exit, output) = Run(Path.Combine(AppContext.BaseDirectory, "no-such-file.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("[missing-file]", output);
    }
}
