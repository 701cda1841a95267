using Logistics.Planning.Demo;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;

namespace Logistics.Planning.Tests.Demo;

public class EmbeddedDemoTests
{
    [Fact]
    public void Embedded_file_is_the_shipped_file()
    {
        var shipped = File.ReadAllText(RepositoryFiles.Combine("data", "demo-county", "scenario.json"));
        Assert.Equal(shipped, EmbeddedDemo.ReadJson());
    }

    [Fact]
    public void Loads_as_a_valid_scenario_that_round_trips()
    {
        var s = EmbeddedDemo.Load();
        Assert.Equal("青岭县", s.CountyName);
        Assert.NotNull(s.Hub);
        Assert.True(s.SitesOf(SiteTier.VillageOutlet).Count() > 200);
        Assert.Equal(EmbeddedDemo.ReadJson(), ScenarioJson.Serialize(s));
    }
}
