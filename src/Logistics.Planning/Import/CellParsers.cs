using System.Globalization;
using System.Text;

namespace Logistics.Planning.Import;

/// <summary>Parsing of cell text as numbers, whole numbers, yes/no and times of day, tolerant of what Excel writes.</summary>
internal static class CellParsers
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "H.mm", "HH.mm"];

    private static readonly HashSet<string> TrueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "yes", "y", "t", "1", "是", "对", "真", "估计", "估算", "x", "√",
    };

    private static readonly HashSet<string> FalseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "false", "no", "n", "f", "0", "否", "不", "假", "实测", "",
    };

    public const string AcceptedBooleans = "true/false, yes/no, 1/0, 是/否";

    /// <summary>Full-width digits and signs (１２３．５) become ASCII; surrounding spaces go.</summary>
    public static string Clean(string text) => text.Normalize(NormalizationForm.FormKC).Trim();

    public static bool TryNumber(string text, out double value)
    {
        var t = Clean(text).Replace('−', '-');
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>A whole number; Excel may write 120 as 120.0 or 1.2E2.</summary>
    public static bool TryInteger(string text, out int value)
    {
        value = 0;
        if (!TryNumber(text, out var d) || d != Math.Floor(d) || d < int.MinValue || d > int.MaxValue)
        {
            return false;
        }

        value = (int)d;
        return true;
    }

    public static bool TryBoolean(string text, out bool value)
    {
        var t = Clean(text);
        value = TrueWords.Contains(t);
        return value || FalseWords.Contains(t);
    }

    /// <summary>HH:mm (also H:mm, HH:mm:ss, 8.30) or an Excel time, a fraction of a day in [0, 1).</summary>
    public static bool TryTime(string text, out TimeOnly value)
    {
        var t = Clean(text).Replace('：', ':');
        if (TimeOnly.TryParseExact(t, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) && fraction >= 0 && fraction < 1)
        {
            var seconds = (long)Math.Round(fraction * 86400);
            value = seconds >= 86400 ? new TimeOnly(23, 59, 59) : TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(seconds));
            return true;
        }

        return false;
    }
}
