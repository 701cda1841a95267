using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>
/// Reads one sheet of an XLSX workbook into a <see cref="SheetTable"/>: shared strings, inline strings,
/// numbers, booleans and cached formula results. Row numbers are the ones Excel shows; the header is the first
/// non-empty row (normally row 1).
/// </summary>
public static class XlsxSheetReader
{
    /// <summary>Reads the first sheet, or the one named <paramref name="sheetName"/>.</summary>
    public static SheetTable Read(Stream stream, string fileName, string? sheetName = null) => Read(stream, fileName, sheetName, headerOnly: false);

    /// <summary>Reads only the header row (no data rows), to tell what a file holds.</summary>
    public static SheetTable ReadHeader(Stream stream, string fileName, string? sheetName = null) => Read(stream, fileName, sheetName, headerOnly: true);

    private static SheetTable Read(Stream stream, string fileName, string? sheetName, bool headerOnly)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new DataValidationException([new DataError("unreadable-file", $"Not a readable XLSX workbook: {ex.Message}", File: fileName)]);
        }

        using (document)
        {
            var workbookPart = document.WorkbookPart
                ?? throw new DataValidationException([new DataError("unreadable-file", "The workbook has no sheets.", File: fileName)]);
            var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheetName is null
                ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
            if (sheet?.Id?.Value is not { } id)
            {
                var names = string.Join(", ", sheets.Select(s => $"'{s.Name?.Value}'"));
                throw new DataValidationException([new DataError(
                    "missing-sheet",
                    sheetName is null ? "The workbook has no sheets." : $"The workbook has no sheet named '{sheetName}'; its sheets are {names}.",
                    File: fileName,
                    Value: sheetName)]);
            }

            var worksheetPart = (WorksheetPart)workbookPart.GetPartById(id);
            var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
                .Select(ItemText)
                .ToArray() ?? [];
            return ReadRows(worksheetPart, sharedStrings, fileName, headerOnly);
        }
    }

    private static SheetTable ReadRows(WorksheetPart worksheetPart, string[] sharedStrings, string fileName, bool headerOnly)
    {
        var collector = new SheetTableCollector(headerOnly);
        var lastRow = 0;

        // Streamed (SAX) over the sheet, one row in memory at a time: large sheets stay fast and small.
        using var reader = OpenXmlReader.Create(worksheetPart);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is uint r ? (int)r : lastRow + 1;
            lastRow = number;
            var cells = new List<string>();
            var nextColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : nextColumn;
                if (column < 0)
                {
                    column = nextColumn;
                }

                while (cells.Count <= column)
                {
                    cells.Add(string.Empty);
                }

                cells[column] = CellText(cell, sharedStrings).Trim();
                nextColumn = column + 1;
            }

            if (!collector.Add(number, cells))
            {
                break;
            }
        }

        return collector.Finish(fileName, "sheet");
    }

    private static string CellText(Cell cell, string[] sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? ItemText(inline) : string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Length
                ? sharedStrings[index]
                : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : raw == "0" ? "false" : raw;
        }

        return raw;
    }

    /// <summary>The text of a shared or inline string: its runs, without phonetic (furigana) runs.</summary>
    private static string ItemText(OpenXmlElement item)
    {
        var texts = item.Descendants<Text>().Where(t => t.Ancestors<PhoneticRun>().FirstOrDefault() is null);
        return string.Concat(texts.Select(t => t.Text));
    }

    /// <summary>0-based column index of a reference such as <c>AB12</c>; −1 when it has no letters.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? -1 : index - 1;
    }
}
