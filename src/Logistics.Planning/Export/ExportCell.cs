using System.Globalization;

namespace Logistics.Planning.Export;

/// <summary>
/// One exported value: text, a number that XLSX stores as a number and JSON as a JSON number, a flag, or a time of
/// day that XLSX stores as a time cell (a fraction of a day with an hh:mm format) and text writes as HH:mm.
/// </summary>
internal readonly record struct ExportCell(string? Text, double? Number, bool? Flag = null, TimeOnly? Time = null)
{
    public static ExportCell Of(string text) => new(text, null);

    public static ExportCell Of(double number) => new(null, number);

    public static ExportCell Of(bool flag) => new(null, null, flag);

    public static ExportCell Of(TimeOnly time) => new(null, null, null, time);

    /// <summary>The text form: numbers in the shortest form that reads back to the same double.</summary>
    public string AsText() => Text
        ?? (Number is double n ? n.ToString("R", CultureInfo.InvariantCulture)
            : Flag is bool b ? (b ? "true" : "false")
            : Time is TimeOnly t ? t.ToString("HH:mm", CultureInfo.InvariantCulture)
            : string.Empty);
}
