using Logistics.Planning.Export;
using Logistics.Planning.Import;
using Logistics.Planning.Tests.Export;

namespace Logistics.Planning.Tests.Import;

public class DataFileValidatorTests
{
    [Fact]
    public void Detects_the_kind_of_each_test_file()
    {
        Assert.Equal(DataFileKind.Sites, DataFileDetector.Detect(TestFiles.Path("sites-clean.csv")));
        Assert.Equal(DataFileKind.Sites, DataFileDetector.Detect(TestFiles.Path("sites-gbk.csv")));
        Assert.Equal(DataFileKind.Sites, DataFileDetector.Detect(TestFiles.Path("sites.geojson")));
        Assert.Equal(DataFileKind.Sites, DataFileDetector.Detect(TestFiles.Path("broken", "missing-column.csv")));
        Assert.Equal(DataFileKind.Vehicles, DataFileDetector.Detect(TestFiles.Path("vehicles.csv")));
        Assert.Equal(DataFileKind.Other, DataFileDetector.Detect(TestFiles.Path("README.md")));
    }

    [Fact]
    public void A_directory_reports_every_problem_of_every_broken_file()
    {
        var checks = DataFileValidator.Check(TestFiles.Path("broken"));
        Assert.Equal(5, checks.Count);
        Assert.All(checks, c => Assert.True(c.HasErrors, c.Path));
        Assert.All(checks.SelectMany(c => c.Problems), p => Assert.StartsWith(TestFiles.Path("broken"), p.File));
    }

    [Fact]
    public void Clean_files_pass_and_vehicles_are_checked_against_the_sites_next_to_them()
    {
        var dir = TestFiles.TempDirectory();
        File.Copy(TestFiles.Path("sites-clean.csv"), Path.Combine(dir, "sites.csv"));
        File.Copy(TestFiles.Path("vehicles.csv"), Path.Combine(dir, "vehicles.csv"));
        File.WriteAllText(Path.Combine(dir, "README.md"), "# data\n");
        var sub = Directory.CreateDirectory(Path.Combine(dir, "county")).FullName;
        ScenarioExporter.Write(ExportFixture.Scenario(), Path.Combine(sub, "scenario.json"));

        var checks = DataFileValidator.Check(dir);
        Assert.DoesNotContain(checks, c => c.HasErrors);
        Assert.Contains(checks, c => c.Kind == DataFileKind.Sites && c.Summary.StartsWith("7 site(s)", StringComparison.Ordinal));
        Assert.Contains(checks, c => c.Kind == DataFileKind.Vehicles && c.Summary == "3 vehicle type(s), 6 vehicle(s)");
        Assert.Contains(checks, c => c.Kind == DataFileKind.Scenario && c.Path.EndsWith(Path.Combine("county", "scenario.json"), StringComparison.Ordinal));
        Assert.Contains(checks, c => c.Skipped && c.Path.EndsWith("README.md", StringComparison.Ordinal));

        File.WriteAllText(Path.Combine(dir, "vehicles.csv"), File.ReadAllText(Path.Combine(dir, "vehicles.csv")).Replace(",S101,", ",V10101,", StringComparison.Ordinal));
        var bad = DataFileValidator.Check(dir).Single(c => c.HasErrors);
        Assert.Equal("unknown-depot", Assert.Single(bad.Problems).Code);
    }

    [Fact]
    public void A_scenario_directory_is_checked_as_one_scenario()
    {
        var root = TestFiles.TempDirectory();
        ScenarioExporter.Write(ExportFixture.Scenario(), Path.Combine(root, "county"));
        var check = Assert.Single(DataFileValidator.Check(root));
        Assert.Equal(DataFileKind.Scenario, check.Kind);
        Assert.False(check.HasErrors, string.Join("\n", check.Problems));
        Assert.Contains("vehicle type", check.Summary);
    }

    [Fact]
    public void A_missing_path_is_an_error()
    {
        var check = Assert.Single(DataFileValidator.Check(Path.Combine(TestFiles.TempDirectory(), "nope.csv")));
        Assert.True(check.HasErrors);
    }
}
