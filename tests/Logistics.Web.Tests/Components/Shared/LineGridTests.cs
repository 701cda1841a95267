using Bunit;
using Logistics.Web.Components.Shared;
using Logistics.Web.Localization;
using Logistics.Web.Tables;
using Logistics.Web.Tests.Tables;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Logistics.Web.Tests.Components.Shared;

/// <summary>The Lines grid rendered with bUnit: paging, filters, search, and showing a line chosen on the map.</summary>
public sealed class LineGridTests : BunitContext
{
    private static readonly IReadOnlyList<LineRow> Rows = TestLines.Rows(40);

    public LineGridTests()
    {
        Services.AddMudServices();
        Services.AddScoped<UiText>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }

    private static IReadOnlyList<string> Shown(IRenderedComponent<LineGrid> grid) =>
        grid.FindAll(".line-row .line-cell").Select(c => c.GetAttribute("data-line")!).ToList();

    private static int Total(IRenderedComponent<LineGrid> grid) => int.Parse(grid.Find("#line-grid").GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_first_page_shows_fifteen_lines_in_plan_order()
    {
        var grid = Render<LineGrid>(p => p.Add(x => x.Rows, Rows));
        Assert.Equal(40, Total(grid));
        Assert.Equal(Rows.Take(LineGrid.PageSize).Select(r => r.Id), Shown(grid));
    }

    [Fact]
    public void The_kind_township_and_day_filters_and_the_search_narrow_the_rows_and_clear_restores_them()
    {
        var grid = Render<LineGrid>(p => p.Add(x => x.Rows, Rows));
        grid.Find("#filter-kind").Change("trunk");
        Assert.Equal(10, Total(grid));
        Assert.All(grid.FindAll(".line-cell"), c => Assert.Equal("trunk", c.GetAttribute("data-kind")));
        grid.Find("#filter-day").Change(((int)DayOfWeek.Monday).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, Total(grid)); // every trunk (i % 4 == 0) runs on Monday
        grid.Find("#filter-township").Change("乡镇1");
        Assert.Equal(Rows.Where(r => r.Index % 4 == 0 && r.Index % 3 == 1).Select(r => r.Id), Shown(grid));
        grid.Find("#filter-clear").Click();
        Assert.Equal(40, Total(grid));
        grid.Find("#line-search").Input("村33");
        Assert.Equal(["L-33"], Shown(grid));
    }

    [Fact]
    public void A_line_chosen_on_the_map_is_shown_on_its_page_even_when_a_filter_hid_it()
    {
        var grid = Render<LineGrid>(p => p.Add(x => x.Rows, Rows).Add(x => x.Selected, "L-38"));
        grid.Find("#filter-kind").Change("trunk"); // L-38 is a feeder
        grid.InvokeAsync(() => grid.Instance.Reveal("L-38"));
        grid.WaitForAssertion(() => Assert.Contains("L-38", Shown(grid)));
        Assert.Equal(40, Total(grid));
        Assert.Equal("L-38", grid.Find(".line-row.selected .line-cell").GetAttribute("data-line"));
    }

    [Fact]
    public void A_row_click_reports_its_line()
    {
        string? chosen = null;
        var grid = Render<LineGrid>(p => p.Add(x => x.Rows, Rows).Add(x => x.OnSelect, id => chosen = id));
        grid.FindAll("tr.line-row")[3].Click();
        Assert.Equal("L-03", chosen);
    }
}
