using Logistics.Planning.Network;
using Logistics.Web.Localization;

namespace Logistics.Web.Tests.Localization;

public sealed class ReasonTextTests
{
    [Fact]
    public void Site_ids_and_vehicle_labels_become_names_and_other_text_stays()
    {
        var scenario = SmallCounty.Scenario;
        var hub = scenario.SitesOf(SiteTier.CountyHub).Single();
        var type = scenario.VehicleTypes[0];
        var depot = scenario.TryGetSite(type.HomeDepot, out var d) ? d.Name : throw new InvalidOperationException();
        var text = $"在{hub.Id.Value}车上的货超过 {type.Id.Value}#2 的载重 1200 kg（08:30）";
        var vehicle = VehicleNames.Display($"{type.Id.Value}#2", scenario, english: false);
        Assert.StartsWith(depot + " ", vehicle, StringComparison.Ordinal);
        Assert.EndsWith(" 2 号", vehicle, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(vehicle, System.Text.RegularExpressions.Regex.Escape(depot))); // the depot once, not again in the type's name
        Assert.Equal($"在{hub.Name}车上的货超过 {vehicle} 的载重 1200 kg（08:30）", ReasonText.Readable(text, scenario, english: false));
        Assert.Contains($"no. 2 ({depot})", ReasonText.Readable(text, scenario, english: true), StringComparison.Ordinal);
        Assert.Equal("没有可用的车辆", ReasonText.Readable("没有可用的车辆", scenario, english: false));
    }

    [Fact]
    public void Vehicles_are_ordered_by_depot_type_and_number_with_2_before_10()
    {
        var scenario = Planning.Demo.EmbeddedDemo.Load();
        var most = scenario.VehicleTypes.MaxBy(v => v.Count)!;
        Assert.True(most.Count >= 10, "the demo county has a vehicle type with ten or more vehicles");
        var type = most.Id.Value;
        var labels = new[] { $"{type}#10", $"{type}#2", $"{type}#1" };
        Assert.Equal([$"{type}#1", $"{type}#2", $"{type}#10"], VehicleNames.Order(labels, scenario));
    }
}
