using System.Text.Json.Nodes;
using Logistics.Planning.Network;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;

namespace Logistics.Planning.Coverage;

/// <summary>
/// A two-level siting answer as GeoJSON for a map: one Point per open centre (kind <c>centre</c>, new or existing) and
/// per open outlet (kind <c>outlet</c>, with its centre), one Point per village (kind <c>village</c>, with its outlet and
/// whether it is covered; <c>uncovered-village</c> when beyond the threshold), and the assignments as LineStrings
/// (kind <c>village-outlet</c> and <c>outlet-centre</c>). Property names are Chinese and English.
/// </summary>
public sealed class TwoLevelSitingMap(GeometryServices geometry)
{
    public GeoJsonFeatureCollection Build(TwoLevelSitingAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var r = answer.Result;
        var features = new List<GeoJsonFeature>();
        var newCentres = r.NewCentres.ToHashSet();
        foreach (int c in r.OpenCentres)
        {
            var s = answer.CentreSites[c];
            features.Add(Point(s, "服务中心", "centre", new()
            {
                ["新建 new"] = newCentres.Contains(c),
                ["网点数 outlets"] = r.OpenOutlets.Count(j => r.OutletCentre[j] == c),
            }));
        }

        var newOutlets = r.NewOutlets.ToHashSet();
        foreach (int j in r.OpenOutlets)
        {
            var s = answer.Problem.Facilities[j];
            var centre = r.OutletCentre[j] >= 0 ? answer.CentreSites[r.OutletCentre[j]] : null;
            features.Add(Point(s, "村级网点", "outlet", new()
            {
                ["新建 new"] = newOutlets.Contains(j),
                ["服务中心 centre"] = centre?.Id.Value,
                ["服务人口 population_served"] = r.OutletWeight[j],
            }));
            if (centre is not null)
            {
                features.Add(Line(s, centre, "网点→服务中心", "outlet-centre"));
            }
        }

        for (int i = 0; i < answer.Problem.Demands.Count; i++)
        {
            var v = answer.Problem.Demands[i];
            bool covered = answer.IsCovered(i);
            var outlet = r.DemandOutlet.Count > i && r.DemandOutlet[i] >= 0 ? answer.Problem.Facilities[r.DemandOutlet[i]] : null;
            features.Add(Point(v, covered ? "行政村" : "未覆盖行政村", covered ? "village" : "uncovered-village", new()
            {
                ["人口 population"] = v.Population,
                ["网点 outlet"] = outlet?.Id.Value,
                ["覆盖 covered"] = covered,
                ["距离 distance_km"] = outlet is null ? null : Math.Round(GreatCircle.DistanceKm(v.Location, outlet.Location), 3),
            }));
            if (outlet is not null && outlet.Location != v.Location)
            {
                features.Add(Line(v, outlet, "行政村→网点", "village-outlet"));
            }
        }

        return new GeoJsonFeatureCollection(features);
    }

    private GeoJsonFeature Point(Site site, string chinese, string kind, Dictionary<string, JsonNode?> extra)
    {
        var properties = new Dictionary<string, JsonNode?>
        {
            ["类型"] = chinese,
            ["kind"] = kind,
            ["编号 id"] = site.Id.Value,
            ["名称 name"] = site.Name,
            ["乡镇代码 township_code"] = site.TownshipCode,
        };
        foreach (var (k, v) in extra)
        {
            properties[k] = v;
        }

        return new GeoJsonFeature(geometry.CreatePoint(site.Location), properties, GeoJsonFeatureId.FromString($"{kind}:{site.Id}"));
    }

    private GeoJsonFeature Line(Site from, Site to, string chinese, string kind) => new(
        geometry.Wgs84.CreateLineString([new Coordinate(from.Location.Lon, from.Location.Lat), new Coordinate(to.Location.Lon, to.Location.Lat)]),
        new Dictionary<string, JsonNode?>
        {
            ["类型"] = chinese,
            ["kind"] = kind,
            ["从 from"] = from.Id.Value,
            ["到 to"] = to.Id.Value,
        });
}
