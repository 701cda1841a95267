using Logistics.Cli.Commands;

namespace Logistics.Cli.Tests.Commands;

public class InfoCommandTests
{
    private static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([InfoCommand.Create(), ConvertCommand.Create()], args);

    [Fact]
    public void Sites_file_summary_counts_tiers_demand_population_and_extent()
    {
        var (exit, output) = Run("info", Data("sites-clean.csv"));
        Assert.True(exit == 0, output);
        Assert.Contains("站点 / Sites: 7", output);
        Assert.Contains("县域集采集配中心 / County hub: 1", output);
        Assert.Contains("乡镇综合运输服务站 / Township station: 2", output);
        Assert.Contains("村级站点 / Village outlet: 2", output);
        // Short form: (120 + 60 + 95) kg down and (45.5 + 20 + 30) kg up a day, seven days.
        Assert.Contains("下行 / Down: 1,925.0 kg", output);
        Assert.Contains("上行 / Up: 668.5 kg", output);
        Assert.Contains("人口 / Population: 4,210; 户数 / Households: 1,315", output);
        Assert.Contains("lon 108.76740 – 108.97910, lat 28.57650 – 28.84130", output);
        Assert.Contains("车队 / Fleet: none", output);
    }

    [Fact]
    public void Scenario_directory_summary_includes_the_fleet()
    {
        var dir = Directory.CreateTempSubdirectory("logistics-cli-info").FullName;
        File.Copy(Data("sites-clean.csv"), Path.Combine(dir, "sites.csv"));
        File.Copy(Data("vehicles.csv"), Path.Combine(dir, "vehicles.csv"));
        var (exit, output) = Run("info", dir);
        Assert.True(exit == 0, output);
        Assert.Contains("情景 / Scenario: ", output);
        Assert.Contains("车队 / Fleet: 3 type(s), 6 vehicle(s); capacity 8,100 kg, 71.4 m³", output);
        Assert.Contains("C42 4.2米冷藏车: 1 × 1,500 kg / 12.0 m³, 车场 / depot H001, 冷链 / cold chain", output);
    }

    [Fact]
    public void Scenario_json_summary_matches_the_sites_it_came_from()
    {
        var json = Path.Combine(Directory.CreateTempSubdirectory("logistics-cli-info").FullName, "county.json");
        Assert.Equal(0, Run("convert", Data("sites-gbk.csv"), json).Exit);
        var (exit, output) = Run("info", json);
        Assert.True(exit == 0, output);
        Assert.Contains("情景 / Scenario: sites-gbk", output);
        Assert.Contains("站点 / Sites: 4", output);
        Assert.Contains("人口 / Population: 2,780", output);
    }

    [Fact]
    public void Broken_input_prints_the_errors_and_fails()
    {
        var (exit, output) = Run("info", Data("broken", "duplicate-id.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("row 6", output);
        Assert.Contains("[duplicate-id]", output);
    }
}
