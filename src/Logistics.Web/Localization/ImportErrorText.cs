using Logistics.Core.Errors;

namespace Logistics.Web.Localization;

/// <summary>
/// An import error as the Import page shows it: in the page's language, naming the column and value and saying what
/// to do. The importers' own message (English with Chinese hints) is kept for codes this table does not know.
/// </summary>
public static class ImportErrorText
{
    public static string Of(DataError error, bool english)
    {
        ArgumentNullException.ThrowIfNull(error);
        var column = error.Column ?? string.Empty;
        var value = error.Value ?? string.Empty;
        return (error.Code, english) switch
        {
            ("missing-value", false) => $"“{column}”列是空的：请填写这一格。",
            ("missing-value", true) => $"The column \"{column}\" is empty: fill in this cell.",
            ("not-a-number", false) => $"“{value}”不是数字：请填写数字（小数用点，例如 107.7321）。",
            ("not-a-number", true) => $"\"{value}\" is not a number: enter a number (a dot for decimals, e.g. 107.7321).",
            ("not-an-integer", false) => $"“{value}”不是整数：请填写整数。",
            ("not-an-integer", true) => $"\"{value}\" is not a whole number: enter a whole number.",
            ("bad-time", false) => $"“{value}”不是时刻：请按 时:分 填写，例如 08:30。",
            ("bad-time", true) => $"\"{value}\" is not a time of day: write it as HH:mm, e.g. 08:30.",
            ("not-a-boolean", false) => $"“{value}”不是“是/否”：请填写 是 或 否。",
            ("not-a-boolean", true) => $"\"{value}\" is not yes or no: enter yes or no.",
            ("unknown-tier", false) => $"层级“{value}”无效：请填写 hub（县中心）、station（乡镇站）、outlet（村级站点）、candidate（候选点）或 village（行政村）。",
            ("unknown-tier", true) => $"The tier \"{value}\" is not known: use hub, station, outlet, candidate or village.",
            ("unknown-depot", false) => $"车场“{value}”不是县中心或乡镇站的编号：请填写其中一个站点的编号。",
            ("unknown-depot", true) => $"The depot \"{value}\" is not the id of the county hub or a township station: enter one of their ids.",
            ("unknown-crs", false) => $"坐标系“{value}”无效：请填写 WGS84、GCJ02（高德）或 BD09（百度），或留空表示 WGS84。",
            ("unknown-crs", true) => $"The coordinate system \"{value}\" is not known: use WGS84, GCJ02 or BD09, or leave it empty for WGS84.",
            _ => error.Message,
        };
    }
}
