using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Web.Localization;

/// <summary>
/// Service days in a narrow table column: runs of three or more consecutive days shortened (<c>周一至周六</c> /
/// <c>Mon–Sat</c>), other days listed (<c>周一、三、五</c> / <c>Mon, Wed, Fri</c>), every day as <c>每天</c> / <c>Daily</c>.
/// </summary>
public static class ServiceDayText
{
    private static readonly string[] Chinese = ["一", "二", "三", "四", "五", "六", "日"];
    private static readonly string[] English = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static string Compact(ServiceDays days, bool english)
    {
        if (days.Mask == 0x7F)
        {
            return english ? "Daily" : "每天";
        }

        var index = days.Days.Select(Weekdays.Index).Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < index.Count;)
        {
            var j = i;
            while (j + 1 < index.Count && index[j + 1] == index[j] + 1)
            {
                j++;
            }

            if (j - i >= 2)
            {
                parts.Add(english ? $"{English[index[i]]}–{English[index[j]]}" : $"{Chinese[index[i]]}至周{Chinese[index[j]]}");
                i = j + 1;
            }
            else
            {
                parts.Add(english ? English[index[i]] : Chinese[index[i]]);
                i++;
            }
        }

        return english ? string.Join(", ", parts) : "周" + string.Join("、", parts);
    }
}
