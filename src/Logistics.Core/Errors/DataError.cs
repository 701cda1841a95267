using System.Globalization;
using System.Text;

namespace Logistics.Core.Errors;

/// <summary>
/// One problem found in input data. It names where the problem is (file, row, column, or entity and field) and
/// the bad value, so that a county clerk can find and fix it in Excel.
/// </summary>
/// <param name="Code">A stable machine-readable code, e.g. <c>duplicate-id</c>.</param>
/// <param name="Message">The explanation, in plain words.</param>
/// <param name="File">The file name, when the data came from a file.</param>
/// <param name="Row">The 1-based row as a spreadsheet shows it (the header is row 1), when known.</param>
/// <param name="Column">The column or field name as the file spells it.</param>
/// <param name="Value">The offending value as read.</param>
/// <param name="Entity">The entity, e.g. <c>site V0012</c> or <c>vehicle type truck-2t</c>.</param>
/// <param name="Severity">Errors block an import; warnings do not.</param>
public sealed record DataError(
    string Code,
    string Message,
    string? File = null,
    int? Row = null,
    string? Column = null,
    string? Value = null,
    string? Entity = null,
    DataErrorSeverity Severity = DataErrorSeverity.Error)
{
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Severity == DataErrorSeverity.Error ? "error" : "warning");
        if (File is not null) sb.Append(CultureInfo.InvariantCulture, $" {File}");
        if (Row is not null) sb.Append(CultureInfo.InvariantCulture, $" row {Row}");
        if (Entity is not null) sb.Append(CultureInfo.InvariantCulture, $" {Entity}");
        if (Column is not null) sb.Append(CultureInfo.InvariantCulture, $" column '{Column}'");
        sb.Append(CultureInfo.InvariantCulture, $" [{Code}]: {Message}");
        if (Value is not null) sb.Append(CultureInfo.InvariantCulture, $" (value: '{Value}')");
        return sb.ToString();
    }
}
