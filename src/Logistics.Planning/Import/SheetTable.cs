using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>
/// A table of text cells read from a CSV file, an XLSX sheet or the properties of GeoJSON features: the common
/// form that the site and vehicle importers parse, so that all formats give the same checks and messages.
/// </summary>
public sealed class SheetTable
{
    public SheetTable(
        string fileName,
        IReadOnlyList<string> headers,
        IReadOnlyList<SheetRow> rows,
        int? headerRow = 1,
        IReadOnlyList<DataError>? readProblems = null)
    {
        FileName = fileName;
        Headers = headers;
        Rows = rows;
        HeaderRow = headerRow;
        ReadProblems = readProblems ?? [];
    }

    /// <summary>The file name used in messages.</summary>
    public string FileName { get; }

    /// <summary>The column headers as the file spells them.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows, blank rows left out.</summary>
    public IReadOnlyList<SheetRow> Rows { get; }

    /// <summary>The row number of the header (1 unless an XLSX sheet starts lower); null for GeoJSON.</summary>
    public int? HeaderRow { get; }

    /// <summary>Problems found while reading the file structure (e.g. a GeoJSON feature that is not a point).</summary>
    public IReadOnlyList<DataError> ReadProblems { get; }
}
