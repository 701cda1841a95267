using Logistics.Routing.Problem;
using Logistics.Routing.Tests.TestSupport;

namespace Logistics.Routing.Tests.Problem;

public class ProblemDataTests
{
    [Theory]
    [InlineData(Variant.Cvrp, true, true)]
    [InlineData(Variant.MaxDistance, true, true)]
    [InlineData(Variant.TwoDimensions, true, true)]
    [InlineData(Variant.Vrptw, false, true)]
    [InlineData(Variant.MaxDuration, false, true)]
    [InlineData(Variant.MultiWindow, false, true)]
    [InlineData(Variant.Vrpspd, true, false)]
    public void Distance_and_load_only_problems_are_recognised(Variant variant, bool timeFree, bool oneWayLoads)
    {
        var data = RandomInstances.Create(variant, 10, 1);
        Assert.Equal(timeFree, data.TimeFree);
        Assert.Equal(oneWayLoads, data.OneWayLoads);
    }

    [Fact]
    public void A_duration_cost_or_a_shift_makes_time_count()
    {
        ProblemData Build(VehicleType vehicle)
        {
            var b = new ProblemBuilder();
            b.AddDepot(new Depot("D"));
            b.AddClient(new Client("A", [1], [0], 0, [TimeWindow.Unbounded], true, 0));
            b.AddProfile(new long[,] { { 0, 5 }, { 5, 0 } }, new long[,] { { 0, 5 }, { 5, 0 } });
            b.AddVehicleType(vehicle);
            return b.Build();
        }

        Assert.True(Build(new VehicleType("v", 1, [5])).TimeFree);
        Assert.False(Build(new VehicleType("v", 1, [5], UnitDurationCost: 1)).TimeFree);
        Assert.False(Build(new VehicleType("v", 1, [5], ShiftEnd: 100)).TimeFree);
        Assert.False(Build(new VehicleType("v", 1, [5], MaxDuration: 100)).TimeFree);
    }
}
