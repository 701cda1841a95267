using Logistics.Planning.Network;

namespace Logistics.Planning.Lines;

/// <summary>
/// The spread rule for a site's visits (均衡分布). A site that needs n visits a week (1 ≤ n ≤ 7) must have n visit
/// days whose gaps round the week (from one visit day to the next, Sunday wrapping to Monday, the n gaps summing to 7)
/// are all between ⌊7/n⌋ and ⌈7/n⌉ days: as even as 7/n allows. So 2 visits are 3 and 4 days apart (二、五 or 一、四,
/// never two days in a row or 一、三); 3 visits have gaps 2, 2, 3 (一、三、五 or 二、四、六); 4–6 visits have no gap
/// longer than 2 days; 7 is every day. A site visited on more days than it needs passes when some n of its visit
/// days are spread so.
/// </summary>
public static class VisitSpread
{
    public static int MinGap(int required) => 7 / required;

    public static int MaxGap(int required) => (7 + required - 1) / required;

    /// <summary>True when some <paramref name="required"/> of the visit days are evenly spread.</summary>
    public static bool IsSpread(ServiceDays visitDays, int required)
    {
        if (required <= 1)
        {
            return visitDays.Count >= required;
        }

        if (required > 7 || visitDays.Count < required)
        {
            return false;
        }

        for (var subset = 0; subset < 128; subset++)
        {
            if ((subset & ~visitDays.Mask) == 0 && System.Numerics.BitOperations.PopCount((uint)subset) == required
                && Gaps(ServiceDays.FromMask(subset)).All(g => g >= MinGap(required) && g <= MaxGap(required)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The gaps in days between consecutive visit days, round the week (sums to 7; a single day gives [7]).</summary>
    public static IReadOnlyList<int> Gaps(ServiceDays visitDays)
    {
        var idx = visitDays.Days.Select(Weekdays.Index).ToArray();
        return idx.Select((d, i) => i + 1 < idx.Length ? idx[i + 1] - d : idx[0] + 7 - d).ToArray();
    }
}
