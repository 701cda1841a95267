using System.Globalization;
using Logistics.Planning.Kpis;

namespace Logistics.Cli.Commands;

/// <summary>Prints a plan's <see cref="DemandCarried"/> for <c>plan</c> and <c>kpi</c>: down and up, t/week and % of the county's total, then the sites left behind.</summary>
internal static class DemandReport
{
    /// <summary>How many of the sites left behind are listed one by one (the rest are counted).</summary>
    private const int Listed = 20;

    public static void Write(TextWriter output, DemandCarried demand)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{KpiLabels.DemandDown.Bilingual}: {demand.DownCarriedTonnes:0.00} / {demand.DownTotalTonnes:0.00} = {demand.DownShare * 100:0.0}%"));
        output.WriteLine(string.Create(c, $"{KpiLabels.DemandUp.Bilingual}: {demand.UpCarriedTonnes:0.00} / {demand.UpTotalTonnes:0.00} = {demand.UpShare * 100:0.0}%"));
        if (demand.All)
        {
            output.WriteLine("全部需求均有线路承运 / every site's demand is carried by some line");
            return;
        }

        output.WriteLine(string.Create(c, $"未承运需求的站点 / sites whose demand no line carries: {demand.NotCarried.Count}"));
        foreach (var m in demand.NotCarried.Take(Listed))
        {
            output.WriteLine(string.Create(c, $"  {m.Site.Value} {m.SiteName}: 下行 down {m.Down.Kg:0} kg/周, 上行 up {m.Up.Kg:0} kg/周"));
        }

        if (demand.NotCarried.Count > Listed)
        {
            output.WriteLine(string.Create(c, $"  …… 另有 {demand.NotCarried.Count - Listed} 个 / and {demand.NotCarried.Count - Listed} more"));
        }
    }
}
