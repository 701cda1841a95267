using System.Text;
using Logistics.Planning.Network;

namespace Logistics.Planning.Lines;

/// <summary>
/// The weekdays a line runs (班期), as a set. Text forms: Chinese <c>每周二、四、六</c> (<c>每天</c> for all seven),
/// English <c>Tue, Thu, Sat</c> (<c>Daily</c>), and the file code <c>tue,thu,sat</c>.
/// </summary>
public readonly record struct ServiceDays
{
    private static readonly string[] ChineseDigits = ["一", "二", "三", "四", "五", "六", "日"];
    private static readonly string[] EnglishNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private ServiceDays(byte mask) => Mask = mask;

    public static ServiceDays None => default;

    public static ServiceDays Daily => new(0x7F);

    /// <summary>Bit i set = day i (0 = Monday … 6 = Sunday).</summary>
    public byte Mask { get; }

    public int Count => System.Numerics.BitOperations.PopCount(Mask);

    public bool IsEmpty => Mask == 0;

    /// <summary>The days, Monday first.</summary>
    public IReadOnlyList<DayOfWeek> Days
    {
        get
        {
            var mask = Mask;
            return Weekdays.MondayFirst.Where(d => (mask & (1 << Weekdays.Index(d))) != 0).ToArray();
        }
    }

    public static ServiceDays Of(params IEnumerable<DayOfWeek> days)
    {
        byte mask = 0;
        foreach (var d in days)
        {
            mask |= (byte)(1 << Weekdays.Index(d));
        }

        return new ServiceDays(mask);
    }

    public static ServiceDays FromMask(int mask) =>
        mask is < 0 or > 0x7F ? throw new ArgumentOutOfRangeException(nameof(mask), mask, "A day mask has 7 bits.") : new ServiceDays((byte)mask);

    public bool Contains(DayOfWeek day) => (Mask & (1 << Weekdays.Index(day))) != 0;

    /// <summary><c>每周二、四、六</c>; <c>每天</c> for all seven days; empty for none.</summary>
    public string ToChinese()
    {
        if (Mask == 0x7F)
        {
            return "每天";
        }

        var sb = new StringBuilder();
        foreach (var d in Days)
        {
            sb.Append(sb.Length == 0 ? "每周" : "、").Append(ChineseDigits[Weekdays.Index(d)]);
        }

        return sb.ToString();
    }

    /// <summary><c>Tue, Thu, Sat</c>; <c>Daily</c> for all seven days.</summary>
    public string ToEnglish() => Mask == 0x7F ? "Daily" : string.Join(", ", Days.Select(d => EnglishNames[Weekdays.Index(d)]));

    /// <summary>The file form <c>tue,thu,sat</c> (always the explicit list).</summary>
    public string ToCode() => string.Join(",", Days.Select(Weekdays.Code));

    /// <summary>
    /// Reads the file code (<c>tue,thu,sat</c>), English (<c>Tue, Thu, Sat</c>), Chinese (<c>每周二、四、六</c>,
    /// <c>周二、周四</c>, <c>每天</c>) or <c>daily</c>. Returns false for anything else, including an empty set.
    /// </summary>
    public static bool TryParse(string? text, out ServiceDays days)
    {
        days = None;
        var t = text?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            return false;
        }

        if (t is "每天" or "每日" || t.Equals("daily", StringComparison.OrdinalIgnoreCase))
        {
            days = Daily;
            return true;
        }

        var list = new List<DayOfWeek>();
        if (t.StartsWith("每周", StringComparison.Ordinal) || t.StartsWith('周'))
        {
            foreach (var part in t.Replace("每周", string.Empty, StringComparison.Ordinal).Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                var p = part.TrimStart('周');
                var i = Array.IndexOf(ChineseDigits, p == "天" || p == "七" ? "日" : p);
                if (i < 0)
                {
                    return false;
                }

                list.Add(Weekdays.FromIndex(i));
            }
        }
        else
        {
            foreach (var part in t.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                var i = Array.FindIndex(EnglishNames, n => n.Equals(part, StringComparison.OrdinalIgnoreCase));
                if (i < 0)
                {
                    return false;
                }

                list.Add(Weekdays.FromIndex(i));
            }
        }

        days = Of(list);
        return !days.IsEmpty;
    }

    public override string ToString() => ToEnglish();
}
