using Logistics.Core.Errors;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Planning.Tests.Network;

namespace Logistics.Planning.Tests.Serialization;

public class ScenarioJsonTests
{
    [Fact]
    public void Round_trip_keeps_everything_and_bytes_are_stable()
    {
        var s = SmallScenario.Builder().Build();
        var json = ScenarioJson.Serialize(s);
        var back = ScenarioJson.Deserialize(json);
        Assert.Equal(json, ScenarioJson.Serialize(back));
        Assert.Equal(s.Sites, back.Sites);
        Assert.Equal(s.VehicleTypes, back.VehicleTypes);
        Assert.Equal(s.Parameters, back.Parameters);
        Assert.Contains("\"name\": \"垫江县集采集配中心\"", json); // Chinese kept readable, not \u-escaped
        Assert.Contains("\"format\": \"logistics-scenario/1\"", json);
    }

    [Fact]
    public void Sites_without_demand_omit_it()
    {
        var json = ScenarioJson.Serialize(SmallScenario.Builder().Build());
        var hubBlock = json[json.IndexOf("\"id\": \"HUB\"", StringComparison.Ordinal)..json.IndexOf("\"id\": \"S101\"", StringComparison.Ordinal)];
        Assert.DoesNotContain("demand", hubBlock);
    }

    [Fact]
    public void Broken_json_names_file_and_line()
    {
        var ex = Assert.Throws<DataValidationException>(() => ScenarioJson.Deserialize("{\n \"name\": \"x\",\n \"sites\": [ { \"id\": 5 } ]\n}", "bad.json"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("bad-json", e.Code);
        Assert.Equal("bad.json", e.File);
        Assert.Equal(3, e.Row);
        Assert.Contains("sites", e.Column);
    }

    [Fact]
    public void Semantic_errors_carry_the_file_name()
    {
        var json = ScenarioJson.Serialize(SmallScenario.Builder().Build()).Replace("\"tier\": \"outlet\"", "\"tier\": \"warehouse\"", StringComparison.Ordinal);
        var ex = Assert.Throws<DataValidationException>(() => ScenarioJson.Deserialize(json, "county.json"));
        Assert.All(ex.Errors, e => Assert.Equal("county.json", e.File));
        Assert.Contains(ex.Errors, e => e.Code == "unknown-tier" && e.Value == "warehouse" && e.Entity == "site V1");
    }

    [Fact]
    public void Wrong_demand_array_length_is_named()
    {
        var json = ScenarioJson.Serialize(SmallScenario.Builder().Build());
        var i = json.IndexOf("\"produceM3\": [", StringComparison.Ordinal);
        var end = json.IndexOf(']', i);
        var broken = json[..i] + "\"produceM3\": [1, 2" + json[end..];
        var ex = Assert.Throws<DataValidationException>(() => ScenarioJson.Deserialize(broken));
        Assert.Contains(ex.Errors, e => e.Code == "bad-demand" && e.Column == "demand.produceM3");
    }

    [Fact]
    public void Weekly_totals_follow_the_days()
    {
        var s = SmallScenario.Builder().Build();
        var v1 = s.SitesOf(SiteTier.VillageOutlet).First();
        Assert.Equal(v1.Demand.Days.Sum(d => d.Down.Kg), v1.Demand.WeekDown.Kg, 9);
        Assert.Equal(320, v1.Demand.WeekUp.Kg, 9);
        Assert.Equal(v1.Demand.Days[2], v1.Demand[DayOfWeek.Wednesday]);
    }

    [Fact]
    public void Times_with_seconds_survive_a_round_trip()
    {
        var b = SmallScenario.Builder();
        b.SetSite(SmallScenario.Hub with { OpeningHours = OpeningHours.AllDay });
        var back = ScenarioJson.Deserialize(ScenarioJson.Serialize(b.Build()));
        Assert.Equal(OpeningHours.AllDay, back.Hub!.OpeningHours);
    }

    [Fact]
    public void Null_sections_are_defaults_or_named_errors_not_crashes()
    {
        var json = ScenarioJson.Serialize(SmallScenario.Builder().Build());
        var doc = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        doc["parameters"] = null;
        doc["vehicleTypes"] = null;
        var back = ScenarioJson.Deserialize(doc.ToJsonString());
        Assert.Equal(ScenarioParameters.Default, back.Parameters);
        Assert.Empty(back.VehicleTypes);

        doc["sites"]!.AsArray().Add(null);
        var ex = Assert.Throws<DataValidationException>(() => ScenarioJson.Deserialize(doc.ToJsonString(), "n.json"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("sites[4]", e.Entity);
        Assert.Equal("id", e.Column);
    }
}
