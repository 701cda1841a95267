using Logistics.Planning.Lines;

namespace Logistics.Planning.Timetables;

/// <summary>A line's timetable: depot departure, every stop, return.</summary>
public sealed record LineTimetable(Line Line, IReadOnlyList<TimetableRow> Rows);
