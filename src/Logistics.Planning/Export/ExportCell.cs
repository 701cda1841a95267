using System.Globalization;

namespace Logistics.Planning.Export;

/// <summary>One exported value: text, or a number that XLSX stores as a number and JSON as a JSON number.</summary>
internal readonly record struct ExportCell(string? Text, double? Number, bool? Flag = null)
{
    public static ExportCell Of(string text) => new(text, null);

    public static ExportCell Of(double number) => new(null, number);

    public static ExportCell Of(bool flag) => new(null, null, flag);

    /// <summary>The text form: numbers in the shortest form that reads back to the same double.</summary>
    public string AsText() => Text
        ?? (Number is double n ? n.ToString("R", CultureInfo.InvariantCulture) : Flag is bool b ? (b ? "true" : "false") : string.Empty);
}
