using Logistics.Planning.Lines;
using Logistics.Web.Tables;

namespace Logistics.Web.Tests.Tables;

public sealed class LineFilterTests
{
    private static readonly IReadOnlyList<LineRow> Rows = TestLines.Rows(40);

    [Fact]
    public void Each_filter_keeps_exactly_the_rows_it_describes_and_together_they_combine()
    {
        Assert.Equal(40, new LineFilter().Apply(Rows).Count);
        Assert.Equal(Rows.Where(r => r.Line.Kind == LineKind.Feeder), new LineFilter { Kind = LineKind.Feeder }.Apply(Rows));
        Assert.Equal(Rows.Where(r => r.Index % 3 == 1), new LineFilter { Township = "乡镇1" }.Apply(Rows));
        Assert.Equal(Rows.Where(r => r.Index % 2 == 1), new LineFilter { Day = DayOfWeek.Tuesday }.Apply(Rows));
        var all = new LineFilter { Kind = LineKind.Trunk, Township = "乡镇2", Day = DayOfWeek.Monday }.Apply(Rows);
        Assert.Equal(Rows.Where(r => r.Index % 4 == 0 && r.Index % 3 == 2 && r.Index % 2 == 0), all);
        Assert.NotEmpty(all);
    }

    [Fact]
    public void The_search_finds_a_line_by_id_name_or_stop_name_and_ignores_case_and_spaces()
    {
        Assert.Equal(["L-07"], new LineFilter { Search = " l-07 " }.Apply(Rows).Select(r => r.Id));
        Assert.Equal(["L-12"], new LineFilter { Search = "线路12" }.Apply(Rows).Select(r => r.Id));
        Assert.Equal(["L-07"], new LineFilter { Search = "村7 中心站 " }.Apply(Rows).Select(r => r.Id));
        Assert.Equal(40, new LineFilter { Search = "中心站" }.Apply(Rows).Count);
        Assert.Empty(new LineFilter { Search = "没有这条" }.Apply(Rows));
    }

    [Fact]
    public void Clear_removes_every_filter_and_a_long_search_is_cut_to_its_limit()
    {
        var filter = new LineFilter { Search = "L-0", Kind = LineKind.Trunk, Township = "乡镇0", Day = DayOfWeek.Monday };
        Assert.True(filter.Active);
        filter.Clear();
        Assert.False(filter.Active);
        Assert.Equal(40, filter.Apply(Rows).Count);
        filter.Search = new string('村', 500);
        Assert.Equal(LineFilter.MaxSearch, filter.Search.Length);
    }
}
