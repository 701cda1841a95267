using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Logistics.Planning.Import;

namespace Logistics.Planning.Export;

/// <summary>Writes a header and rows of cells as CSV (CsvHelper) or as an XLSX sheet (Open XML SDK).</summary>
internal static class TableOutput
{
    public static void WriteCsv(IReadOnlyList<string> headers, IEnumerable<ExportCell[]> rows, Stream stream, CsvExportEncoding encoding)
    {
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = encoding == CsvExportEncoding.Utf8WithBom };
        CsvWriter writer;
        if (encoding == CsvExportEncoding.Gb18030)
        {
            var text = new StreamWriter(stream, TextEncodings.Gb18030, bufferSize: 65536, leaveOpen: true);
            writer = CsvWriter.Create(text, options, leaveOpen: false);
        }
        else
        {
            writer = CsvWriter.Create(stream, options, leaveOpen: true);
        }

        using (writer)
        {
            writer.WriteHeader(headers.ToArray());
            foreach (var row in rows)
            {
                writer.WriteRecord(row.Select(c => c.AsText()).ToArray());
            }
        }
    }

    public static void WriteXlsx(IReadOnlyList<string> headers, IEnumerable<ExportCell[]> rows, Stream stream, string sheetName)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Styles();
        stylesPart.Stylesheet.Save();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();

        // Streamed (SAX) row by row: large tables do not build a whole DOM in memory.
        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            writer.WriteElement(MakeRow(1, headers.Select(ExportCell.Of).ToArray()));
            uint number = 2;
            foreach (var row in rows)
            {
                writer.WriteElement(MakeRow(number++, row));
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook.AppendChild(new Sheets(new Sheet
        {
            Id = workbookPart.GetIdOfPart(worksheetPart),
            SheetId = 1,
            Name = sheetName,
        }));
        workbookPart.Workbook.Save();
    }

    private static Row MakeRow(uint number, ExportCell[] cells)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Length; i++)
        {
            var reference = ColumnLetters(i) + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var c = cells[i];
            if (c.Number is not null)
            {
                row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(c.AsText()) });
            }
            else if (c.Time is TimeOnly time)
            {
                // Excel's time: the fraction of a day, shown through the hh:mm cell format.
                row.AppendChild(new Cell
                {
                    CellReference = reference,
                    StyleIndex = TimeStyle,
                    CellValue = new CellValue((time.ToTimeSpan().TotalDays).ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
                });
            }
            else if (c.Flag is bool flag)
            {
                row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") });
            }
            else
            {
                row.AppendChild(new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(c.AsText()) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }
        }

        return row;
    }

    /// <summary>The cell format of time cells: index 1 of <see cref="Styles"/>.</summary>
    private const uint TimeStyle = 1;

    /// <summary>The smallest stylesheet Excel accepts, with a second cell format: the custom number format hh:mm.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "hh:mm" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });

    /// <summary>A, B, …, Z, AA, AB, … for a 0-based column index.</summary>
    internal static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        index++;
        while (index > 0)
        {
            var rem = (index - 1) % 26;
            letters = (char)('A' + rem) + letters;
            index = (index - 1) / 26;
        }

        return letters;
    }
}
