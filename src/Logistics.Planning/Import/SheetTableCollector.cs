using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>
/// Turns the rows a reader (CSV, XLSX) produces into a <see cref="SheetTable"/>: the first non-blank row is the
/// header, blank rows after it are dropped, row numbers stay as the file shows them.
/// </summary>
internal sealed class SheetTableCollector(bool headerOnly)
{
    private readonly List<SheetRow> _rows = [];
    private IReadOnlyList<string>? _headers;
    private int _headerRow;

    /// <summary>Takes one row; false when the reader can stop (the header was found and only it is wanted).</summary>
    public bool Add(int number, IReadOnlyList<string> cells)
    {
        if (_headers is null)
        {
            if (cells.All(c => c.Length == 0))
            {
                return true;
            }

            _headers = cells;
            _headerRow = number;
            return !headerOnly;
        }

        var row = new SheetRow(number, null, cells);
        if (!row.IsBlank)
        {
            _rows.Add(row);
        }

        return true;
    }

    /// <summary>The table, or an <c>empty-file</c> error naming the file when no header row was found.</summary>
    public SheetTable Finish(string fileName, string whatIsEmpty) => _headers is null
        ? throw new DataValidationException([new DataError("empty-file", $"The {whatIsEmpty} has no header row and no data.", File: fileName)])
        : new SheetTable(fileName, _headers, _rows, _headerRow);
}
