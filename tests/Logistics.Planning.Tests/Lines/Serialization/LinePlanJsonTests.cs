using Logistics.Core.Errors;
using Logistics.Planning.Lines;
using Logistics.Planning.Lines.Serialization;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Lines.Serialization;

public sealed class LinePlanJsonTests
{
    private static LinePlan PlanWithEverything()
    {
        var bus = LineFixture.Line("K1", LineKind.CoModal, "truck", "H", "Mon Tue Wed Thu Fri Sat Sun", "07:00", "09:00:30", ("S1", "07:45", "07:50")) with
        {
            Name = "城乡公交 101 路",
            VehicleType = null,
            HoldCapacity = new Quantity(200, 1.5),
            Locked = true,
        };
        return LineFixture.Plan(null, bus, LineFixture.F1 with { Name = "龙潭支线", Locked = true });
    }

    [Fact]
    public void Round_trip_is_byte_stable()
    {
        var plan = PlanWithEverything();
        var json = LinePlanJson.Serialize(plan);
        var again = LinePlanJson.Deserialize(json);
        Assert.Equal(json, LinePlanJson.Serialize(again));
        Assert.Equal(plan.Lines, again.Lines);
        Assert.Equal(plan.ScenarioHash, again.ScenarioHash);
    }

    [Fact]
    public void The_file_is_readable_and_names_its_scenario()
    {
        var json = LinePlanJson.Serialize(PlanWithEverything());
        Assert.StartsWith("{\n  \"format\": \"logistics-plan/1\",\n  \"scenario\": {\n    \"name\": \"line-test-county\",\n    \"sha256\": \"sha256:", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"城乡公交 101 路\"", json, StringComparison.Ordinal);
        Assert.Contains("\"days\": \"tue,fri\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"co-modal\"", json, StringComparison.Ordinal);
        Assert.Contains("\"return\": \"09:00:30\"", json, StringComparison.Ordinal);
        Assert.Contains("{\n          \"site\": \"A1\",\n          \"arrive\": \"09:40\",\n          \"depart\": \"09:50\"\n        }", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_days_are_read_and_written_back_as_codes()
    {
        var json = LinePlanJson.Serialize(LineFixture.Plan()).Replace("\"days\": \"tue,fri\"", "\"days\": \"每周二、五\"", StringComparison.Ordinal);
        var plan = LinePlanJson.Deserialize(json);
        Assert.Equal(ServiceDays.Of(DayOfWeek.Tuesday, DayOfWeek.Friday), plan["F1"].ServiceDays);
        Assert.Equal(LinePlanJson.Serialize(LineFixture.Plan()), LinePlanJson.Serialize(plan));
    }

    [Fact]
    public void Bad_fields_name_the_file_line_and_field()
    {
        var json = LinePlanJson.Serialize(LineFixture.Plan())
            .Replace("\"arrive\": \"10:00\"", "\"arrive\": \"25:00\"", StringComparison.Ordinal)
            .Replace("\"kind\": \"trunk\"", "\"kind\": \"lorry\"", StringComparison.Ordinal)
            .Replace("logistics-plan/1", "logistics-plan/9", StringComparison.Ordinal);
        var errors = Assert.Throws<DataValidationException>(() => LinePlanJson.Deserialize(json, "p.json")).Errors;
        Assert.Contains(errors, e => e.Code == "bad-time" && e.Entity == "line F1" && e.Column == "stops[1].arrive" && e.Value == "25:00" && e.File == "p.json");
        Assert.Contains(errors, e => e.Code == "bad-value" && e.Entity == "line T1" && e.Column == "kind" && e.Value == "lorry");
        Assert.Contains(errors, e => e.Code == "bad-value" && e.Entity == "line T2" && e.Column == "kind");
        Assert.Contains(errors, e => e.Code == "bad-format" && e.Column == "format");
    }

    [Fact]
    public void Broken_json_is_a_data_error_with_its_position()
    {
        var error = Assert.Single(Assert.Throws<DataValidationException>(() => LinePlanJson.Deserialize("{ \"format\": ", "p.json")).Errors);
        Assert.Equal("bad-json", error.Code);
        Assert.Equal("p.json", error.File);
    }

    [Fact]
    public void Unknown_fields_such_as_per_day_times_are_rejected()
    {
        // A line has one timetable for all its days; a file trying to give Friday other times is refused.
        var json = LinePlanJson.Serialize(LineFixture.Plan())
            .Replace("\"arrive\": \"09:40\",", "\"arrive\": \"09:40\",\n          \"fridayArrive\": \"09:55\",", StringComparison.Ordinal);
        var error = Assert.Single(Assert.Throws<DataValidationException>(() => LinePlanJson.Deserialize(json, "p.json")).Errors);
        Assert.Equal("bad-json", error.Code);
        Assert.Contains("fridayArrive", error.Message + error.Column, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_and_read_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        try
        {
            var plan = PlanWithEverything();
            LinePlanJson.Write(plan, path);
            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal(LinePlanJson.Serialize(plan), LinePlanJson.Serialize(LinePlanJson.Read(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
