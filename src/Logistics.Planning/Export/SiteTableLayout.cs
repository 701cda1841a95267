using System.Globalization;
using Logistics.Core.Geo;
using Logistics.Planning.Import;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Export;

/// <summary>
/// The exported columns of a sites table: the basic columns of <see cref="SiteColumns.Basic"/> (English
/// canonical headers) followed by the 56 long demand columns of <see cref="DemandColumns.All"/>.
/// </summary>
public static class SiteTableLayout
{
    public static IReadOnlyList<string> Headers { get; } = SiteColumns.Basic.Concat(DemandColumns.All.Select(d => d.Name)).ToArray();

    internal static ExportCell[] Cells(Site site, CoordinateSystem system)
    {
        var p = ChinaDatums.FromWgs84(site.Location, system);
        var cells = new List<ExportCell>(Headers.Count)
        {
            ExportCell.Of(site.Id.Value),
            ExportCell.Of(site.Name),
            ExportCell.Of(SiteTierNames.Code(site.Tier)),
            ExportCell.Of(site.TownshipCode),
            ExportCell.Of(site.VillageCode),
            ExportCell.Of(p.Lon),
            ExportCell.Of(p.Lat),
            ExportCell.Of(CoordinateSystemNames.ToName(system)),
            ExportCell.Of(site.LocationEstimated),
            ExportCell.Of(Time(site.OpeningHours.Open)),
            ExportCell.Of(Time(site.OpeningHours.Close)),
            ExportCell.Of(site.RequiredVisitsPerWeek),
            ExportCell.Of(site.Population),
            ExportCell.Of(site.Households),
        };
        foreach (var (day, goods, volume, _) in DemandColumns.All)
        {
            var q = site.Demand[day].Get(goods);
            cells.Add(ExportCell.Of(volume ? q.M3 : q.Kg));
        }

        return cells.ToArray();
    }

    /// <summary>HH:mm, or HH:mm:ss when the time has seconds, so that it reads back the same.</summary>
    private static string Time(TimeOnly t) =>
        t.ToString(t.Second == 0 && t.Millisecond == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
}
