using System.Text;
using Logistics.Core.Ids;
using Logistics.Planning.Import;

namespace Logistics.Planning.Tests.Import;

public class VehicleImporterTests
{
    private static readonly HashSet<SiteId> Depots = [new("H001"), new("S101")];

    [Fact]
    public void Clean_file_loads_every_column()
    {
        var result = VehicleImporter.Read(TestFiles.Path("vehicles.csv"), depots: Depots);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var v = result.Value!;
        Assert.Equal(3, v.Count);
        var cold = v.Single(x => x.Id == new VehicleTypeId("C42"));
        Assert.Equal("4.2米冷藏车", cold.Name);
        Assert.Equal(1500, cold.CapacityKg);
        Assert.Equal(12, cold.CapacityM3);
        Assert.Equal(2.1, cold.CostPerKm);
        Assert.Equal(45, cold.CostPerHour);
        Assert.Equal(260, cold.FixedCostPerDay);
        Assert.Equal(1.05, cold.SpeedFactor);
        Assert.Equal(new SiteId("H001"), cold.HomeDepot);
        Assert.Equal(1, cold.Count);
        Assert.Equal(TimeSpan.FromHours(9), cold.ShiftLength);
        Assert.True(cold.ColdChain);
        Assert.Equal(0.31, cold.Co2KgPerKm);
        Assert.False(v.Single(x => x.Id == new VehicleTypeId("M15")).ColdChain);
    }

    [Fact]
    public void Chinese_headers_and_defaults()
    {
        const string csv = "编号,车型,载重(kg),容积(m³),所属场站\nT1,厢式货车,1800,16.8,H001\n";
        var v = Assert.Single(VehicleImporter.FromTable(CsvSheetReader.Read(Encoding.UTF8.GetBytes(csv), "v.csv")).GetValueOrThrow());
        Assert.Equal(1800, v.CapacityKg);
        Assert.Equal(16.8, v.CapacityM3);
        Assert.Equal(1, v.Count);
        Assert.Equal(1.0, v.SpeedFactor);
        Assert.Equal(TimeSpan.FromHours(8), v.ShiftLength);
    }

    [Fact]
    public void Errors_name_row_and_column_for_parse_and_fleet_rules()
    {
        const string csv =
            "id,name,capacity_kg,capacity_m3,home_depot,count,speed_factor\n" +
            "T1,货车,1800,16.8,H001,2,1\n" +
            "T2,小车,abc,4.5,S101,1,1\n" +
            "T1,重复,600,0,X9,1.5,9\n";
        var errors = VehicleImporter.FromTable(CsvSheetReader.Read(Encoding.UTF8.GetBytes(csv), "v.csv"), Depots).Errors;
        Assert.Contains(errors, e => e.Code == "not-a-number" && e.Row == 3 && e.Column == "capacity_kg" && e.Value == "abc");
        Assert.Contains(errors, e => e.Code == "unknown-depot" && e.Row == 4 && e.Column == "home_depot" && e.Value == "X9");
        Assert.Contains(errors, e => e.Code == "not-an-integer" && e.Row == 4 && e.Column == "count" && e.Value == "1.5");
        Assert.Contains(errors, e => e.Code == "bad-capacity" && e.Row == 4 && e.Column == "capacity_m3" && e.Value == "0");
        Assert.Contains(errors, e => e.Code == "bad-speed-factor" && e.Row == 4 && e.Column == "speed_factor" && e.Value == "9");
        Assert.Contains(errors, e => e.Code == "duplicate-id" && e.Row == 4 && e.Column == "id" && e.Message.Contains("row 2", StringComparison.Ordinal));
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void With_bad_rows_excluded_a_vehicle_type_without_vehicles_is_a_warning_naming_file_and_row()
    {
        const string csv =
            "id,name,capacity_kg,capacity_m3,home_depot,count\n" +
            "T1,货车,1800,16.8,H001,2\n" +
            "T0,旧车,1500,12,H001,0\n" +
            "V1,面包车,600,4.5,S101,1\n";
        var table = CsvSheetReader.Read(Encoding.UTF8.GetBytes(csv), "v.csv");
        var strict = VehicleImporter.FromTable(table, Depots);
        Assert.Equal(("bad-count", 3), (Assert.Single(strict.Errors).Code, strict.Errors[0].Row));

        var result = VehicleImporter.FromTable(table, Depots, excludeBadRows: true);
        Assert.Equal(["T1", "V1"], result.GetValueOrThrow().Select(v => v.Id.Value));
        var w = Assert.Single(result.Warnings);
        Assert.Equal(("bad-count", "v.csv", 3, "count", "0"), (w.Code, w.File, w.Row, w.Column, w.Value));
        Assert.StartsWith(Planning.Network.BadRows.ExcludedPrefix, w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_columns_are_listed()
    {
        var errors = VehicleImporter.FromTable(CsvSheetReader.Read(Encoding.UTF8.GetBytes("id,name,home_depot\nT1,x,H\nT2,y,H\n"), "v.csv")).Errors;
        Assert.All(errors, e => Assert.Equal("missing-column", e.Code));
        Assert.Equal(["capacity_kg", "capacity_m3"], errors.Select(e => e.Column));
    }
}
