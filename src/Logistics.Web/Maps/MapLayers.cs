using System.Collections.Concurrent;
using System.Text.Json;
using Logistics.Core.Geo;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Regions;
using Logistics.Web.Travel;
using NetTopologySuite.Geometries;

namespace Logistics.Web.Maps;

/// <summary>
/// The map's vector layers as GeoJSON FeatureCollections, drawn from our own data so the map works with no
/// internet: sites by tier, the county boundary, township areas (the Voronoi cells of the township stations clipped
/// to the boundary, <see cref="VoronoiTerritories"/>) and the lines of a plan (road-following when road data is
/// configured). Points are WGS84, or shifted to GCJ-02
/// for 高德 tiles.
/// </summary>
public sealed class MapLayers(ScenarioTravel travel)
{
    private readonly GeometryServices _geometry = new();
    private readonly ConcurrentDictionary<long, Lazy<IReadOnlyList<(Site Station, Geometry Area)>>> _townships = new();
    private readonly ConcurrentDictionary<(long Plan, MapCrs Crs), Lazy<string>> _lines = new();

    /// <summary>One Point feature per site: id, name, tier code, Chinese and English tier name, visits, population.</summary>
    public string Sites(Scenario scenario, MapCrs crs) => Collection(w =>
    {
        foreach (var s in scenario.Sites)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", s.Id.Value);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            WritePosition(w, s.Location, crs);
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("id", s.Id.Value);
            w.WriteString("name", s.Name);
            w.WriteString("tier", SiteTierNames.Code(s.Tier));
            w.WriteString("tierZh", SiteTierNames.Chinese(s.Tier));
            w.WriteString("tierEn", SiteTierNames.English(s.Tier));
            w.WriteString("township", s.TownshipCode);
            w.WriteNumber("visits", s.RequiredVisitsPerWeek);
            w.WriteNumber("population", s.Population);
            w.WriteNumber("downKgWeek", Math.Round(s.Demand.WeekDown.Kg, 1));
            w.WriteNumber("upKgWeek", Math.Round(s.Demand.WeekUp.Kg, 1));
            w.WriteBoolean("estimated", s.LocationEstimated);
            w.WriteEndObject();
            w.WriteEndObject();
        }
    });

    /// <summary>
    /// A two-level siting answer for the map (<see cref="Planning.Coverage.TwoLevelSitingMap"/>: centres, outlets,
    /// villages, uncovered villages and the assignment lines, each with its <c>kind</c>), shifted to the map's datum.
    /// </summary>
    public string TwoLevelSiting(Planning.Coverage.TwoLevelSitingAnswer answer, MapCrs crs)
    {
        var map = new Planning.Coverage.TwoLevelSitingMap(_geometry).Build(answer);
        var shifted = new GeoJsonFeatureCollection(map.Features.Select(f =>
            new GeoJsonFeature(f.Geometry is null ? null : Shift(f.Geometry, crs), f.Properties, f.Id)));
        return new GeoJsonWriter(6).Write(shifted);
    }

    /// <summary>The county outline as one feature; an empty collection when the scenario has none.</summary>
    public string Boundary(Scenario scenario, MapCrs crs) => Collection(w =>
    {
        if (BoundaryGeometry(scenario) is { } boundary)
        {
            WriteFeature(w, Shift(boundary, crs), p =>
            {
                p.WriteString("code", scenario.CountyCode);
                p.WriteString("name", scenario.CountyName);
            });
        }
    });

    /// <summary>One polygon per township station (its area); empty without a boundary or stations.</summary>
    public string Townships(long scenarioId, Scenario scenario, MapCrs crs) => Collection(w =>
    {
        foreach (var (station, area) in TownshipAreas(scenarioId, scenario))
        {
            WriteFeature(w, Shift(area, crs), p =>
            {
                p.WriteString("station", station.Id.Value);
                p.WriteString("name", station.Name);
                p.WriteString("township", station.TownshipCode);
            });
        }
    });

    /// <summary>
    /// One LineString per line, depot → stops → depot, drawn by <see cref="LineGeometry"/> (along the roads when a road
    /// graph or OSRM is configured, straight legs otherwise), with its id, name, kind, days, times, km, whether it
    /// follows the roads, and its colour. Cached per saved plan and CRS (saved plans never change).
    /// </summary>
    public string Lines(long planId, LinePlan plan, Scenario scenario, MapCrs crs) =>
        _lines.GetOrAdd((planId, crs), _ => new Lazy<string>(() => BuildLines(plan, scenario, crs))).Value;

    private string BuildLines(LinePlan plan, Scenario scenario, MapCrs crs) => Collection(w =>
    {
        var provider = travel.ProviderFor(scenario);
        for (var i = 0; i < plan.Lines.Count; i++)
        {
            var line = plan.Lines[i];
            var shape = LineGeometry.Build(line, scenario, provider);
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", line.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "LineString");
            w.WriteStartArray("coordinates");
            foreach (var p in shape.Points)
            {
                WriteCoordinate(w, p, crs);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("id", line.Id);
            w.WriteString("name", line.Name);
            w.WriteString("kind", LineKindNames.Code(line.Kind));
            w.WriteString("kindZh", LineKindNames.Chinese(line.Kind));
            w.WriteString("daysZh", line.ServiceDays.ToChinese());
            w.WriteString("daysEn", line.ServiceDays.ToEnglish());
            w.WriteString("depart", line.Departure.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("return", line.Return.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("stops", line.Stops.Count);
            w.WriteStartArray("stopIds");
            foreach (var stop in line.Stops)
            {
                w.WriteStringValue(stop.Site.Value);
            }

            w.WriteEndArray();
            w.WriteNumber("km", Math.Round(shape.Distance.Kilometres, 1));
            w.WriteBoolean("onRoad", shape.OnRoad);
            w.WriteNumber("unreachableLegs", shape.Unreachable.Count);
            w.WriteString("color", LineColors.Of(i));
            w.WriteEndObject();
            w.WriteEndObject();
        }
    });

    /// <summary>The township areas of a scenario (cached per saved scenario).</summary>
    public IReadOnlyList<(Site Station, Geometry Area)> TownshipAreas(long scenarioId, Scenario scenario) =>
        _townships.GetOrAdd(scenarioId, _ => new Lazy<IReadOnlyList<(Site, Geometry)>>(() => BuildTownships(scenario))).Value;

    private List<(Site, Geometry)> BuildTownships(Scenario scenario)
    {
        var stations = scenario.SitesOf(SiteTier.TownshipStation).ToList();
        if (BoundaryGeometry(scenario) is not { } boundary || stations.Count == 0 || boundary.Dimension != Dimension.Surface)
        {
            return [];
        }

        var cells = new VoronoiTerritories(_geometry.Wgs84, boundary, stations.Select(s => new Coordinate(s.Location.Lon, s.Location.Lat)).ToList());
        return stations.Select((s, i) => (s, cells.Cell(i))).ToList();
    }

    private Geometry? BoundaryGeometry(Scenario scenario)
    {
        if (string.IsNullOrWhiteSpace(scenario.BoundaryGeoJson))
        {
            return null;
        }

        var geometry = new GeoJsonReader(_geometry).ReadGeometry(scenario.BoundaryGeoJson, "boundary");
        return geometry.IsEmpty ? null : geometry;
    }

    private static Geometry Shift(Geometry geometry, MapCrs crs)
    {
        if (crs == MapCrs.Wgs84)
        {
            return geometry;
        }

        var copy = geometry.Copy();
        copy.Apply(new Gcj02Filter());
        return copy;
    }

    private static GeoPoint Shift(GeoPoint p, MapCrs crs) => crs == MapCrs.Gcj02 ? ChinaDatums.Wgs84ToGcj02(p) : p;

    private static void WritePosition(Utf8JsonWriter w, GeoPoint p, MapCrs crs)
    {
        w.WritePropertyName("coordinates");
        WriteCoordinate(w, p, crs);
    }

    private static void WriteCoordinate(Utf8JsonWriter w, GeoPoint p, MapCrs crs)
    {
        var q = Shift(p, crs);
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(q.Lon, 6));
        w.WriteNumberValue(Math.Round(q.Lat, 6));
        w.WriteEndArray();
    }

    private static void WriteFeature(Utf8JsonWriter w, Geometry geometry, Action<Utf8JsonWriter> properties)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WritePropertyName("geometry");
        new GeoJsonWriter(6).Write(w, geometry);
        w.WriteStartObject("properties");
        properties(w);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Collection(Action<Utf8JsonWriter> features)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            features(w);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed class Gcj02Filter : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var p = ChinaDatums.Wgs84ToGcj02(new GeoPoint(seq.GetX(i), seq.GetY(i)));
                seq.SetX(i, p.Lon);
                seq.SetY(i, p.Lat);
            }
        }
    }
}
