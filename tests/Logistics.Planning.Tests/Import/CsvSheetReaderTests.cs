using System.Text;
using Logistics.Core.Errors;
using Logistics.Planning.Import;

namespace Logistics.Planning.Tests.Import;

public class CsvSheetReaderTests
{
    [Fact]
    public void Row_numbers_are_those_excel_shows_with_blank_lines_and_line_breaks_in_quotes()
    {
        var csv = "id,name\n1,\"a, b\"\n\n2,\"two\nlines\"\n3,中文\n";
        var table = CsvSheetReader.Read(Encoding.UTF8.GetBytes(csv), "t.csv");
        Assert.Equal(["id", "name"], table.Headers);
        Assert.Equal([2, 4, 5], table.Rows.Select(r => r.Number!.Value));
        Assert.Equal("a, b", table.Rows[0][1]);
        Assert.Equal("two\nlines", table.Rows[1][1]);
        Assert.Equal("中文", table.Rows[2][1]);
    }

    [Fact]
    public void Header_only_reading_skips_leading_blank_lines_and_stops_after_the_header()
    {
        var table = CsvSheetReader.ReadHeader(Encoding.UTF8.GetBytes("\n编号,名称\nV1,一村\n"), "t.csv");
        Assert.Equal(["编号", "名称"], table.Headers);
        Assert.Equal(2, table.HeaderRow);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Semicolon_separated_files_are_read()
    {
        var table = CsvSheetReader.Read(Encoding.UTF8.GetBytes("id;name;lon\nA;甲;107.5\n"), "t.csv");
        Assert.Equal(["id", "name", "lon"], table.Headers);
        Assert.Equal("107.5", table.Rows[0][2]);
    }

    [Fact]
    public void Short_rows_read_missing_cells_as_empty()
    {
        var table = CsvSheetReader.Read(Encoding.UTF8.GetBytes("a,b,c\n1\n"), "t.csv");
        Assert.Equal("1", table.Rows[0][0]);
        Assert.Equal(string.Empty, table.Rows[0][2]);
    }

    [Fact]
    public void An_empty_file_is_an_error_naming_the_file()
    {
        var ex = Assert.Throws<DataValidationException>(() => CsvSheetReader.Read([], "empty.csv"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("empty-file", e.Code);
        Assert.Equal("empty.csv", e.File);
    }
}
