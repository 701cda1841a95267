using System.Globalization;
using Logistics.Planning.Lines;

namespace Logistics.Planning.Timetables;

/// <summary>The timetable phrases: <c>每周二、五 09:40 到达</c> / <c>Tue, Fri 09:40 arrive</c>.</summary>
public static class TimetableText
{
    public static string Clock(TimeOnly time) => time.ToString("HH\\:mm", CultureInfo.InvariantCulture);

    public static string ArrivalChinese(ServiceDays days, TimeOnly arrival) => $"{days.ToChinese()} {Clock(arrival)} 到达";

    public static string DepartureChinese(ServiceDays days, TimeOnly departure) => $"{days.ToChinese()} {Clock(departure)} 发车";

    public static string ArrivalEnglish(ServiceDays days, TimeOnly arrival) => $"{days.ToEnglish()} {Clock(arrival)} arrive";

    public static string DepartureEnglish(ServiceDays days, TimeOnly departure) => $"{days.ToEnglish()} {Clock(departure)} depart";
}
