using System.Text.Json.Nodes;
using Logistics.Planning.Network;
using Logistics.Spatial.Coverage;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Projection;
using Logistics.Spatial.Travel;
using NetTopologySuite.Geometries;

namespace Logistics.Planning.Coverage;

/// <summary>
/// The service area of a scenario's outlets at one threshold, as GeoJSON: the union of straight-line circles around
/// the outlets (clipped to the county outline when the scenario has one) and the villages left uncovered, with
/// properties in Chinese and English. A travel-time threshold is drawn as the straight-line radius it stands for under
/// <see cref="StraightLineTravelTimeProvider"/> (time × speed / circuity); road-network isochrones are not drawn. Thread-safe.
/// </summary>
public sealed class ServiceAreaMap
{
    private readonly GeometryServices _geometry;
    private readonly ServiceAreaBuilder _areas;

    public ServiceAreaMap(GeometryServices geometry, ProjectionFactory projections)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        _geometry = geometry;
        _areas = new ServiceAreaBuilder(geometry, projections);
    }

    /// <summary>The straight-line radius in metres drawn for <paramref name="threshold"/>.</summary>
    /// <exception cref="NotSupportedException">A travel-time threshold with a road provider (that would need isochrones).</exception>
    public static double RadiusMetres(CoverageThreshold threshold, ITravelTimeProvider travelTime)
    {
        ArgumentNullException.ThrowIfNull(travelTime);
        if (threshold.Kind == CoverageThresholdKind.Distance)
        {
            return threshold.Value;
        }

        return travelTime is StraightLineTravelTimeProvider circuity
            ? circuity.StraightLineMetresWithin(threshold.Time)
            : throw new NotSupportedException($"a {threshold} area needs isochrones from the road network; draw a distance threshold instead");
    }

    /// <summary>The service-area polygon (WGS84) of the report's outlets at threshold <paramref name="thresholdIndex"/>.</summary>
    public Geometry Area(Scenario scenario, CoverageReport report, int thresholdIndex, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(thresholdIndex, report.Thresholds.Count);
        options ??= new CoverageOptions();
        var radius = RadiusMetres(report.Thresholds[thresholdIndex], options.TravelTimesFor(scenario));
        var boundary = scenario.BoundaryGeoJson is { } json
            ? new GeoJsonReader(_geometry).ReadGeometry(json, "boundary")
            : null;
        return _areas.Build(report.Outlets.Select(o => o.Location).ToArray(), radius, boundary);
    }

    /// <summary>
    /// A FeatureCollection: first the service area (a Polygon or MultiPolygon), then one Point per uncovered village.
    /// </summary>
    public GeoJsonFeatureCollection Build(Scenario scenario, CoverageReport report, int thresholdIndex, CoverageOptions? options = null)
    {
        options ??= new CoverageOptions();
        var area = Area(scenario, report, thresholdIndex, options);
        var threshold = report.Thresholds[thresholdIndex];
        var radius = RadiusMetres(threshold, options.TravelTimesFor(scenario));
        var features = new List<GeoJsonFeature>
        {
            new(area, new Dictionary<string, JsonNode?>
            {
                ["类型"] = "服务范围",
                ["kind"] = "service-area",
                ["阈值 threshold"] = threshold.ToString(),
                ["半径 radius_m"] = Math.Round(radius, 1),
                ["网点数 outlets"] = report.Outlets.Count,
                ["面积 area_km2"] = Math.Round(_areas.AreaSquareMetres(area) / 1e6, 3),
                ["裁剪到县界 clipped_to_county"] = scenario.BoundaryGeoJson is not null,
            }),
        };
        var stations = scenario.SitesOf(SiteTier.TownshipStation)
            .GroupBy(s => s.TownshipCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        foreach (var v in report.Uncovered(thresholdIndex))
        {
            features.Add(new GeoJsonFeature(
                _geometry.CreatePoint(v.Village.Location),
                new Dictionary<string, JsonNode?>
                {
                    ["类型"] = "未覆盖行政村",
                    ["kind"] = "uncovered-village",
                    ["编号 id"] = v.Village.Id.Value,
                    ["名称 name"] = v.Village.Name,
                    ["乡镇代码 township_code"] = v.Village.TownshipCode,
                    ["乡镇站 station"] = stations.GetValueOrDefault(v.Village.TownshipCode, string.Empty),
                    ["人口 population"] = v.Village.Population,
                    ["最近网点 nearest_outlet"] = v.NearestByDistance?.Name,
                    ["直线距离 distance_km"] = Math.Round(v.Distance.Kilometres, 3),
                    ["车程 time_min"] = v.NearestByTime is null ? null : Math.Round(v.Time.Minutes, 1),
                    ["每周频次 visits_per_week"] = v.WeeklyVisits,
                },
                GeoJsonFeatureId.FromString(v.Village.Id.Value)));
        }

        return new GeoJsonFeatureCollection(features);
    }
}
