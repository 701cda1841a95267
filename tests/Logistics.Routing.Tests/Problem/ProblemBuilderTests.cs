using Logistics.Core.Errors;
using Logistics.Routing.Problem;

namespace Logistics.Routing.Tests.Problem;

public class ProblemBuilderTests
{
    private static ProblemBuilder Valid()
    {
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("hub"));
        b.AddClient(new Client("a", [3], [1], 5, [new TimeWindow(0, 100)]));
        b.AddClient(new Client("b", [2], [0], 5, [new TimeWindow(0, 10), new TimeWindow(20, 30)], Required: false, Prize: 7));
        b.AddVehicleType(new VehicleType("truck", 2, [10]));
        var m = new long[,] { { 0, 4, 5 }, { 4, 0, 3 }, { 5, 3, 0 } };
        b.AddProfile(m, m);
        return b;
    }

    [Fact]
    public void Valid_problem_builds_with_locations_depots_first()
    {
        var data = Valid().Build();
        Assert.Equal(1, data.NumDepots);
        Assert.Equal(2, data.NumClients);
        Assert.Equal(3, data.NumLocations);
        Assert.Equal(1, data.LocationOfClient(0));
        Assert.Equal(3, data.Distance(0, 1, 2));
        Assert.Equal(1, data.Dimensions);
    }

    [Fact]
    public void Every_error_names_entity_and_field()
    {
        var b = new ProblemBuilder();
        b.AddDepot(new Depot("hub"));
        b.AddClient(new Client("bad-dims", [1, 2], [0], 0, [TimeWindow.Unbounded]));
        b.AddClient(new Client("negative", [-1], [0], -3, [new TimeWindow(10, 5)], Required: false, Prize: -1));
        b.AddClient(new Client("overlap", [1], [0], 0, [new TimeWindow(0, 10), new TimeWindow(5, 20)]));
        b.AddVehicleType(new VehicleType("ghost", 0, [10], StartDepot: 3, Profile: 2, ShiftStart: 50, ShiftEnd: 10));
        b.AddProfile(new long[2, 2], new long[4, 4]);

        var ex = Assert.Throws<DataValidationException>(() => b.Build());
        var errors = ex.Errors;
        Assert.Contains(errors, e => e.Code == "dimension-mismatch" && e.Entity == "client 0 'bad-dims'" && e.Column == "Delivery");
        Assert.Contains(errors, e => e.Code == "negative-amount" && e.Entity == "client 1 'negative'" && e.Column == "Delivery");
        Assert.Contains(errors, e => e.Code == "negative-duration" && e.Column == "ServiceDuration" && e.Value == "-3");
        Assert.Contains(errors, e => e.Code == "bad-time-window" && e.Column == "TimeWindows[0]");
        Assert.Contains(errors, e => e.Code == "negative-prize" && e.Column == "Prize");
        Assert.Contains(errors, e => e.Code == "overlapping-time-windows" && e.Entity == "client 2 'overlap'");
        Assert.Contains(errors, e => e.Code == "bad-count" && e.Entity == "vehicle type 0 'ghost'" && e.Column == "Count");
        Assert.Contains(errors, e => e.Code == "unknown-depot" && e.Column == "StartDepot" && e.Value == "3");
        Assert.Contains(errors, e => e.Code == "unknown-profile" && e.Column == "Profile");
        Assert.Contains(errors, e => e.Code == "bad-shift" && e.Column == "ShiftStart");
        Assert.Contains(errors, e => e.Code == "matrix-size" && e.Entity == "profile 0 distance matrix");
    }

    [Fact]
    public void Empty_problem_reports_missing_depot_vehicle_and_profile()
    {
        var ex = Assert.Throws<DataValidationException>(() => new ProblemBuilder().Build());
        Assert.Contains(ex.Errors, e => e.Code == "no-depot");
        Assert.Contains(ex.Errors, e => e.Code == "no-vehicle-type");
        Assert.Contains(ex.Errors, e => e.Code == "no-profile");
    }

    [Fact]
    public void Negative_matrix_entry_is_located()
    {
        var b = Valid();
        var bad = new long[,] { { 0, 4, 5 }, { 4, 0, -3 }, { 5, 3, 0 } };
        b.AddProfile(bad, bad);
        var ex = Assert.Throws<DataValidationException>(() => b.Build());
        Assert.Contains(ex.Errors, e => e.Code == "negative-entry" && e.Entity == "profile 1 distance matrix" && e.Column == "[1, 2]" && e.Value == "-3");
    }

    [Fact]
    public void Coordinates_are_optional_and_kept_when_given()
    {
        var without = Valid().Build();
        Assert.False(without.HasCoordinates);
        Assert.Null(without.X(1));

        var b = Valid();
        b.SetCoordinates([0, 4, 0], [0, 0, 5]);
        var data = b.Build();
        Assert.True(data.HasCoordinates);
        Assert.Equal(4, data.X(1));
        Assert.Equal(5, data.Y(2));
        Assert.Equal(0, data.PolarAngles![0][1]);
        Assert.Equal(16384, data.PolarAngles[0][2]);
    }

    [Fact]
    public void Bad_coordinates_are_located()
    {
        var b = Valid();
        b.SetCoordinates([0, 1], [0, 1]);
        var ex = Assert.Throws<DataValidationException>(() => b.Build());
        Assert.Contains(ex.Errors, e => e.Code == "coordinates-size" && e.Entity == "coordinates" && e.Value == "2/2");

        b.SetCoordinates([0, 1, double.NaN], [0, 1, 2]);
        ex = Assert.Throws<DataValidationException>(() => b.Build());
        Assert.Contains(ex.Errors, e => e.Code == "bad-coordinate" && e.Entity == "client 1 'b'" && e.Column == "X/Y");
    }
}
