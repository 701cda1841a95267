using System.Numerics;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Day sets as bit masks: bit d−1 is day d. Cordeau's files write a combination as the decimal value of a t-bit string
/// read left to right as day 1 … day t, so day 1 is the most significant bit there: with t = 5, 16 = day 1 and 1 = day 5.
/// </summary>
public static class DayMask
{
    /// <summary>Cordeau's value of a combination (t-bit string, day 1 leftmost) to a mask; null when out of range (≤ 0 or ≥ 2^t).</summary>
    public static int? FromCordeau(long value, int days)
    {
        if (value <= 0 || days < 1 || days > 30 || value >= 1L << days)
        {
            return null;
        }

        var mask = 0;
        for (var d = 1; d <= days; d++)
        {
            if ((value & (1L << (days - d))) != 0)
            {
                mask |= 1 << (d - 1);
            }
        }

        return mask;
    }

    /// <summary>The inverse of <see cref="FromCordeau"/>.</summary>
    public static int ToCordeau(int mask, int days)
    {
        var value = 0;
        for (var d = 1; d <= days; d++)
        {
            if ((mask & (1 << (d - 1))) != 0)
            {
                value |= 1 << (days - d);
            }
        }

        return value;
    }

    public static bool Has(int mask, int day) => (mask & (1 << (day - 1))) != 0;

    public static int Count(int mask) => BitOperations.PopCount((uint)mask);

    /// <summary>The days of a mask, ascending (1-based).</summary>
    public static IEnumerable<int> Days(int mask)
    {
        for (var d = 1; mask >> (d - 1) != 0; d++)
        {
            if (Has(mask, d))
            {
                yield return d;
            }
        }
    }
}
