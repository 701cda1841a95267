using Logistics.Core.Ids;
using Logistics.Planning.Lines;

namespace Logistics.Planning.Timetables;

/// <summary>
/// One row of a line's timetable. Sequence 0 is the departure from the home depot (no arrival), 1…n the stops,
/// n + 1 the return to the depot (no departure).
/// </summary>
public sealed record TimetableRow(
    string LineId,
    LineKind Kind,
    ServiceDays Days,
    int Sequence,
    SiteId Site,
    string SiteName,
    TimeOnly? Arrival,
    TimeOnly? Departure)
{
    /// <summary><c>每周二、五 09:40 到达</c>, or <c>… 发车</c> for the depot departure.</summary>
    public string Chinese => Arrival is TimeOnly a ? TimetableText.ArrivalChinese(Days, a) : TimetableText.DepartureChinese(Days, Departure!.Value);

    public string English => Arrival is TimeOnly a ? TimetableText.ArrivalEnglish(Days, a) : TimetableText.DepartureEnglish(Days, Departure!.Value);
}
