using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Logistics.Core.Ids;
using Logistics.Planning.Lines;
using Logistics.Planning.Tests.Lines;
using Logistics.Planning.Timetables;

namespace Logistics.Planning.Tests.Timetables;

public sealed class TimetableTests
{
    [Fact]
    public void A_stop_timetable_reads_like_the_county_writes_it()
    {
        var table = Timetable.ForSite(LineFixture.Plan(), LineFixture.Scenario(), new SiteId("A1"));
        Assert.Equal("A1村服务社", table.SiteName);
        var visit = Assert.Single(table.Visits);
        Assert.Equal("F1", visit.LineId);
        Assert.Equal("每周二、五 09:40 到达", visit.Chinese);
        Assert.Equal("Tue, Fri 09:40 arrive", visit.English);
    }

    [Fact]
    public void A_station_lists_every_call_by_time()
    {
        var table = Timetable.ForSite(LineFixture.Plan(), LineFixture.Scenario(), new SiteId("S1"));
        Assert.Equal(["每周一、二、三、五 06:40 到达", "每周一、二、三、五 15:40 到达"], table.Visits.Select(v => v.Chinese));
        var stops = Timetable.ForStops(LineFixture.Plan(), LineFixture.Scenario());
        Assert.Equal(["S1", "S2", "A1", "A2", "A3", "B1", "B2", "B3"], stops.Select(s => s.Site.Value));
    }

    [Fact]
    public void A_line_timetable_runs_from_depot_to_depot()
    {
        var table = Timetable.ForLine(LineFixture.F2, LineFixture.Scenario());
        Assert.Equal([0, 1, 2, 3, 4], table.Rows.Select(r => r.Sequence));
        Assert.Equal("每周一、三、五 08:30 发车", table.Rows[0].Chinese);
        Assert.Equal("每周一、三、五 09:15 到达", table.Rows[2].Chinese);
        Assert.Equal("每周一、三、五 10:10 到达", table.Rows[4].Chinese);
        Assert.Null(table.Rows[0].Arrival);
        Assert.Null(table.Rows[4].Departure);
        Assert.Equal("白石镇站", table.Rows[4].SiteName);
    }

    [Fact]
    public void Csv_has_a_bom_a_bilingual_header_and_a_row_per_call()
    {
        using var stream = new MemoryStream();
        TimetableCsv.Write(LineFixture.Plan(), LineFixture.Scenario(), stream);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(string.Join(",", TimetableCsv.Header), lines[0]);
        Assert.Equal(1 + 4 + 4 + 5 + 5, lines.Length);
        Assert.Contains("F1,支线,每周二、五,1,A1,A1村服务社,09:40,09:50,每周二、五 09:40 到达", lines);
        Assert.Contains("F1,支线,每周二、五,0,S1,龙潭镇站,,09:25,每周二、五 09:25 发车", lines);
        Assert.StartsWith(lines[0], TimetableCsv.ToText(LineFixture.Plan(), LineFixture.Scenario()), StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_has_the_same_table_with_numeric_sequence_and_time_cells()
    {
        using var stream = new MemoryStream();
        TimetableXlsx.Write(LineFixture.Plan(), LineFixture.Scenario(), stream);
        stream.Position = 0;
        using var doc = SpreadsheetDocument.Open(stream, false);
        var sheet = Assert.Single(doc.WorkbookPart!.Workbook.Descendants<Sheet>());
        Assert.Equal(TimetableXlsx.SheetName, sheet.Name!.Value);
        var rows = doc.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(1 + 4 + 4 + 5 + 5, rows.Count);
        Assert.Equal(TimetableCsv.Header, rows[0].Elements<Cell>().Select(c => c.InnerText));
        var a1 = rows.Single(r => r.Elements<Cell>().ElementAt(0).InnerText == "F1" && r.Elements<Cell>().ElementAt(4).InnerText == "A1").Elements<Cell>().ToList();
        Assert.Null(a1[3].DataType);
        Assert.Equal("1", a1[3].InnerText);
        Assert.Equal("每周二、五 09:40 到达", a1[8].InnerText);

        // Arrival 09:40 and departure 09:50 are time cells: a number (the fraction of a day) with an hh:mm format.
        var formats = doc.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var codes = doc.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        foreach (var (cell, minutes) in new[] { (a1[6], (9 * 60) + 40), (a1[7], (9 * 60) + 50) })
        {
            Assert.Null(cell.DataType);
            Assert.Equal(minutes / 1440.0, double.Parse(cell.InnerText, System.Globalization.CultureInfo.InvariantCulture), 12);
            Assert.Equal("hh:mm", codes[formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value]);
        }

        // The depot's first stop has no arrival: an empty text cell, as in the CSV.
        var s1 = rows.Single(r => r.Elements<Cell>().ElementAt(0).InnerText == "F1" && r.Elements<Cell>().ElementAt(3).InnerText == "0").Elements<Cell>().ToList();
        Assert.Equal(string.Empty, s1[6].InnerText);
        Assert.Equal(CellValues.InlineString, s1[6].DataType!.Value);
    }
}
