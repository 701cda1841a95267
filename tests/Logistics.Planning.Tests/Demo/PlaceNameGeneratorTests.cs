using Logistics.Planning.Demo;

namespace Logistics.Planning.Tests.Demo;

public class PlaceNameGeneratorTests
{
    [Fact]
    public void Names_are_unique_two_character_and_seeded()
    {
        var a = new PlaceNameGenerator(new Random(5));
        a.Reserve("青龙");
        var names = Enumerable.Range(0, 400).Select(_ => a.NextVillageName()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.DoesNotContain("青龙", names);
        Assert.All(names, n => Assert.True(n.Length == 2 && n[0] != n[1]));
        var b = new PlaceNameGenerator(new Random(5));
        b.Reserve("青龙");
        Assert.Equal(names, Enumerable.Range(0, 400).Select(_ => b.NextVillageName()));
    }
}
