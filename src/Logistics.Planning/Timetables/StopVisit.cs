using Logistics.Planning.Lines;

namespace Logistics.Planning.Timetables;

/// <summary>One line's call at a site: which line, on which days, arriving and leaving when.</summary>
public sealed record StopVisit(string LineId, LineKind Kind, ServiceDays Days, TimeOnly Arrival, TimeOnly Departure)
{
    /// <summary><c>每周二、五 09:40 到达</c>.</summary>
    public string Chinese => TimetableText.ArrivalChinese(Days, Arrival);

    public string English => TimetableText.ArrivalEnglish(Days, Arrival);
}
