using Logistics.Core.Units;

namespace Logistics.Core.Tests.Units;

public class UnitsTests
{
    [Theory]
    [InlineData(1.2345, 1235)]
    [InlineData(0.0005, 1)]
    [InlineData(12.0, 12000)]
    public void Metres_round_once_from_kilometres(double km, long expected) =>
        Assert.Equal(expected, Metres.FromKilometres(km).Value);

    [Fact]
    public void Seconds_from_time_of_day_counts_from_midnight() =>
        Assert.Equal(9 * 3600 + 40 * 60, Seconds.FromTimeOfDay(new TimeOnly(9, 40)).Value);

    [Fact]
    public void Cost_rounds_yuan_to_fen() => Assert.Equal(1235, CostUnits.FromYuan(12.345).Value);

    [Theory]
    [InlineData(10.0, 10)]
    [InlineData(10.2, 11)]
    [InlineData(0.0, 0)]
    public void Load_from_kilograms_never_understates(double kg, long expected) =>
        Assert.Equal(expected, LoadUnits.FromKilograms(kg).Value);

    [Fact]
    public void Load_from_cubic_metres_is_litres() => Assert.Equal(1501, LoadUnits.FromCubicMetres(1.5004).Value);

    [Fact]
    public void Arithmetic_and_comparison_work()
    {
        var a = new Metres(5);
        var b = new Metres(7);
        Assert.Equal(new Metres(12), a + b);
        Assert.Equal(new Metres(-2), a - b);
        Assert.True(a < b);
        Assert.True(b >= a);
        Assert.Equal(-1, a.CompareTo(b));
    }
}
