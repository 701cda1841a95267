using Logistics.Planning.Lines;

namespace Logistics.Planning.Planner;

/// <summary>
/// Service-day patterns for a required number of visits a week: every set of exactly that many working days whose
/// visits are spread (<see cref="VisitSpread"/>), and a small rotation of them that spreads the work over the week
/// (2 visits → 一、四 / 二、五 / 三、六; 3 → 一、三、五 / 二、四、六).
/// </summary>
public static class VisitPatterns
{
    /// <summary>
    /// All spread patterns with exactly <paramref name="required"/> days among <paramref name="workingDays"/>, in
    /// ascending mask order; when there is none (e.g. 7 visits with a six-day week), the spread patterns over all seven days.
    /// </summary>
    public static IReadOnlyList<ServiceDays> All(int required, ServiceDays workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(required, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(required, 7);
        var within = Enumerate(required, workingDays.Mask);
        return within.Count > 0 ? within : Enumerate(required, 0x7F);
    }

    /// <summary>
    /// A rotation: ⌈working days / required⌉ patterns chosen greedily so that every working day is used about equally
    /// (ties: the lowest mask). Deterministic.
    /// </summary>
    public static IReadOnlyList<ServiceDays> Rotation(int required, ServiceDays workingDays)
    {
        var all = All(required, workingDays);
        var days = Math.Max(required, (all[0].Mask | workingDays.Mask) == workingDays.Mask ? workingDays.Count : 7);
        var count = Math.Min(all.Count, (days + required - 1) / required);
        var use = new int[7];
        var chosen = new List<ServiceDays>();
        while (chosen.Count < count)
        {
            ServiceDays? best = null;
            var bestScore = (Max: int.MaxValue, Sum: int.MaxValue);
            foreach (var p in all)
            {
                if (chosen.Contains(p))
                {
                    continue;
                }

                var after = (int[])use.Clone();
                foreach (var d in p.Days)
                {
                    after[Network.Weekdays.Index(d)]++;
                }

                var score = (after.Max(), after.Sum(x => x * x));
                if (score.CompareTo(bestScore) < 0)
                {
                    best = p;
                    bestScore = score;
                }
            }

            chosen.Add(best!.Value);
            foreach (var d in best.Value.Days)
            {
                use[Network.Weekdays.Index(d)]++;
            }
        }

        return chosen;
    }

    private static List<ServiceDays> Enumerate(int required, int allowedMask)
    {
        var result = new List<ServiceDays>();
        for (var mask = 1; mask < 128; mask++)
        {
            if ((mask & ~allowedMask) != 0 || System.Numerics.BitOperations.PopCount((uint)mask) != required)
            {
                continue;
            }

            var days = ServiceDays.FromMask(mask);
            if (VisitSpread.IsSpread(days, required))
            {
                result.Add(days);
            }
        }

        return result;
    }
}
