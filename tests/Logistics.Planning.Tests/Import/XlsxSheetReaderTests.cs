using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Logistics.Core.Errors;
using Logistics.Planning.Import;

namespace Logistics.Planning.Tests.Import;

public class XlsxSheetReaderTests
{
    /// <summary>A workbook as Excel writes it: shared strings, numbers, a boolean, gaps in rows and columns.</summary>
    private static MemoryStream ExcelLikeWorkbook()
    {
        var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var strings = wb.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("编号")),
                new SharedStringItem(new Text("名称")),
                new SharedStringItem(new Text("经度")),
                new SharedStringItem(new Run(new Text("龙潭镇")), new Run(new Text("梨耳村"))),
                new SharedStringItem(new Text("冷链")));

            Worksheet Sheet(params Row[] rows) => new(new SheetData(rows));
            var cover = wb.AddNewPart<WorksheetPart>();
            cover.Worksheet = Sheet(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("说明")) }) { RowIndex = 1 });
            var data = wb.AddNewPart<WorksheetPart>();
            data.Worksheet = Sheet(
                new Row(
                    new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    new Cell { CellReference = "B1", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                    new Cell { CellReference = "D1", DataType = CellValues.SharedString, CellValue = new CellValue("2") },
                    new Cell { CellReference = "E1", DataType = CellValues.SharedString, CellValue = new CellValue("4") })
                { RowIndex = 1 },
                new Row(
                    new Cell { CellReference = "A2", CellValue = new CellValue("10101") },
                    new Cell { CellReference = "B2", DataType = CellValues.SharedString, CellValue = new CellValue("3") },
                    new Cell { CellReference = "D2", CellValue = new CellValue("108.97910000000002") },
                    new Cell { CellReference = "E2", DataType = CellValues.Boolean, CellValue = new CellValue("1") })
                { RowIndex = 2 },
                new Row(
                    new Cell { CellReference = "A5", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("V2")) },
                    new Cell { CellReference = "D5", CellValue = new CellValue("108.9") })
                { RowIndex = 5 });
            wb.Workbook.AppendChild(new Sheets(
                new Sheet { Id = wb.GetIdOfPart(cover), SheetId = 1, Name = "说明" },
                new Sheet { Id = wb.GetIdOfPart(data), SheetId = 2, Name = "站点" }));
            wb.Workbook.Save();
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Reads_a_named_sheet_with_shared_strings_numbers_and_excel_row_numbers()
    {
        var table = XlsxSheetReader.Read(ExcelLikeWorkbook(), "sites.xlsx", "站点");
        Assert.Equal(["编号", "名称", "", "经度", "冷链"], table.Headers);
        Assert.Equal([2, 5], table.Rows.Select(r => r.Number!.Value));
        Assert.Equal("10101", table.Rows[0][0]);
        Assert.Equal("龙潭镇梨耳村", table.Rows[0][1]);
        Assert.Equal("108.97910000000002", table.Rows[0][3]);
        Assert.Equal("true", table.Rows[0][4]);
        Assert.Equal("V2", table.Rows[1][0]);
        Assert.Equal(string.Empty, table.Rows[1][1]);
    }

    [Fact]
    public void Header_only_reading_stops_after_the_header()
    {
        var table = XlsxSheetReader.ReadHeader(ExcelLikeWorkbook(), "sites.xlsx", "站点");
        Assert.Equal(["编号", "名称", "", "经度", "冷链"], table.Headers);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Without_a_name_the_first_sheet_is_read()
    {
        var table = XlsxSheetReader.Read(ExcelLikeWorkbook(), "sites.xlsx");
        Assert.Equal(["说明"], table.Headers);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void An_unknown_sheet_name_lists_the_sheets()
    {
        var ex = Assert.Throws<DataValidationException>(() => XlsxSheetReader.Read(ExcelLikeWorkbook(), "sites.xlsx", "Sheet9"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("missing-sheet", e.Code);
        Assert.Contains("'站点'", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_an_error_not_a_crash()
    {
        var ex = Assert.Throws<DataValidationException>(() => XlsxSheetReader.Read(new MemoryStream("id,name\n"u8.ToArray()), "fake.xlsx"));
        Assert.Equal("unreadable-file", Assert.Single(ex.Errors).Code);
    }

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("BN3", 65)]
    public void Column_letters_map_to_indices(string reference, int index) =>
        Assert.Equal(index, XlsxSheetReader.ColumnIndex(reference));
}
