using Logistics.Planning.Periodic;

namespace Logistics.Planning.Tests.Periodic;

/// <summary>Cordeau's combinations are t-bit numbers read left to right as day 1 … day t.</summary>
public class DayMaskTests
{
    [Theory]
    [InlineData(16, 5, new[] { 1 })]
    [InlineData(1, 5, new[] { 5 })]
    [InlineData(10, 5, new[] { 2, 4 })]
    [InlineData(21, 5, new[] { 1, 3, 5 })]
    [InlineData(31, 5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(2, 2, new[] { 1 })]
    [InlineData(1, 2, new[] { 2 })]
    [InlineData(96, 7, new[] { 1, 2 })]
    public void Cordeau_value_is_read_left_to_right_as_day_1_to_t(int value, int days, int[] expected)
    {
        var mask = DayMask.FromCordeau(value, days);
        Assert.NotNull(mask);
        Assert.Equal(expected, DayMask.Days(mask.Value).ToArray());
        Assert.Equal(value, DayMask.ToCordeau(mask.Value, days));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(32, 5)]
    [InlineData(-1, 3)]
    public void Out_of_range_values_have_no_mask(int value, int days) => Assert.Null(DayMask.FromCordeau(value, days));

    [Fact]
    public void Every_value_round_trips_and_keeps_its_bit_count()
    {
        for (var t = 1; t <= 10; t++)
        {
            for (var v = 1; v < 1 << t; v++)
            {
                var mask = DayMask.FromCordeau(v, t)!.Value;
                Assert.Equal(v, DayMask.ToCordeau(mask, t));
                Assert.Equal(System.Numerics.BitOperations.PopCount((uint)v), DayMask.Count(mask));

                // Day d is visited exactly when character d−1 of the t-bit string is '1'.
                var bits = Convert.ToString(v, 2).PadLeft(t, '0');
                for (var d = 1; d <= t; d++)
                {
                    Assert.Equal(bits[d - 1] == '1', DayMask.Has(mask, d));
                }
            }
        }
    }
}
