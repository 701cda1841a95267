using System.Text.Json.Nodes;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Units;
using Logistics.Planning.Network;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Travel;
using NetTopologySuite.Geometries;

namespace Logistics.Planning.Lines;

/// <summary>
/// The shape of a line for the map: depot → stops in order → depot, each leg the provider's path (along the roads when
/// a road graph or OSRM is loaded, a straight segment otherwise), joined into one WGS84 line. Where a road path starts
/// or ends off the site (the site was snapped to its road) the short access piece to the site is drawn too, so the line
/// touches every stop marker. A leg without a road path is drawn straight and reported in <see cref="Unreachable"/>.
/// Make one with <see cref="Build"/>; <see cref="ToFeature"/> gives the GeoJSON LineString feature.
/// </summary>
public sealed class LineGeometry
{
    private LineGeometry(Line line, IReadOnlyList<GeoPoint> points, IReadOnlyList<LineGeometryLeg> legs)
    {
        Line = line;
        Points = points;
        Legs = legs;
    }

    public Line Line { get; }

    /// <summary>The line to draw, WGS84, from the depot back to the depot (at least two points).</summary>
    public IReadOnlyList<GeoPoint> Points { get; }

    /// <summary>The legs in driving order: stops + 1 of them.</summary>
    public IReadOnlyList<LineGeometryLeg> Legs { get; }

    /// <summary>The legs without a drivable path (drawn straight).</summary>
    public IReadOnlyList<LineGeometryLeg> Unreachable => Legs.Where(l => !l.Reachable).ToList();

    /// <summary>Whether every leg follows the roads.</summary>
    public bool OnRoad => Legs.All(l => l.OnRoad);

    /// <summary>Total length of the reachable legs.</summary>
    public Metres Distance => new(Legs.Sum(l => l.Distance?.Value ?? 0));

    /// <summary>Total drive time of the reachable legs (no service time).</summary>
    public Seconds Duration => new(Legs.Sum(l => l.Duration?.Value ?? 0));

    /// <summary>The sites a line visits in order: its home depot, its stops, its home depot again.</summary>
    /// <exception cref="DataValidationException">A depot or stop the scenario does not have (named with the line).</exception>
    public static IReadOnlyList<Site> Sequence(Line line, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(scenario);
        var errors = new ErrorList();
        Site? Find(Core.Ids.SiteId id, string field)
        {
            if (scenario.TryGetSite(id, out var site))
            {
                return site;
            }

            errors.Add(new DataError("unknown-site", "情景中没有该站点 / the scenario has no site with this id", Column: field, Value: id.Value, Entity: $"line {line.Id}"));
            return null;
        }

        var depot = Find(line.HomeDepot, "homeDepot");
        var stops = line.Stops.Select((s, k) => Find(s.Site, $"stops[{k}].site")).ToList();
        errors.ThrowIfAny();
        return [depot!, .. stops.Select(s => s!), depot!];
    }

    /// <summary>The drawn shape of <paramref name="line"/> with the legs' times and lengths from <paramref name="provider"/>.</summary>
    /// <exception cref="DataValidationException">A depot or stop the scenario does not have.</exception>
    public static LineGeometry Build(Line line, Scenario scenario, ITravelTimeProvider provider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var sites = Sequence(line, scenario);
        var points = new List<GeoPoint>();
        var legs = new List<LineGeometryLeg>(sites.Count - 1);
        void Add(GeoPoint p)
        {
            if (points.Count == 0 || points[^1] != p)
            {
                points.Add(p);
            }
        }

        Add(sites[0].Location);
        for (var k = 0; k + 1 < sites.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (from, to) = (sites[k], sites[k + 1]);
            var path = from.Id == to.Id ? new TravelPath(Seconds.Zero, Metres.Zero, [from.Location]) : provider.Path(from.Location, to.Location, cancellationToken);
            if (path is null)
            {
                legs.Add(new LineGeometryLeg(from, to, null, null, false));
            }
            else
            {
                legs.Add(new LineGeometryLeg(from, to, path.Duration, path.Distance, provider.FollowsRoads));
                foreach (var p in path.Geometry)
                {
                    Add(p);
                }
            }

            Add(to.Location);
        }

        if (points.Count == 1)
        {
            points.Add(points[0]); // a line without stops: a degenerate LineString at its depot
        }

        return new LineGeometry(line, points, legs);
    }

    /// <summary>Every line of <paramref name="plan"/>, in plan order.</summary>
    public static IReadOnlyList<LineGeometry> Build(LinePlan plan, Scenario scenario, ITravelTimeProvider provider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Lines.Select(l => Build(l, scenario, provider, cancellationToken)).ToList();
    }

    /// <summary>
    /// A GeoJSON Feature: a LineString (WGS84) with properties in Chinese and English: line id, name, kind, days, stop
    /// count, km, drive minutes, whether it follows the roads, and the legs without a road path.
    /// </summary>
    public GeoJsonFeature ToFeature(GeometryServices geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var line = geometry.Wgs84.CreateLineString(Points.Select(p => new Coordinate(p.Lon, p.Lat)).ToArray());
        var unreachable = new JsonArray(Unreachable.Select(l => (JsonNode?)JsonValue.Create($"{l.From.Id} → {l.To.Id}")).ToArray());
        return new GeoJsonFeature(
            line,
            new Dictionary<string, JsonNode?>
            {
                ["类型"] = "线路",
                ["kind"] = "line",
                ["线路 line"] = Line.Id,
                ["名称 name"] = Line.Name,
                ["线路类型 line_kind"] = LineKindNames.Code(Line.Kind),
                ["班期 days"] = Line.ServiceDays.ToChinese(),
                ["days"] = Line.ServiceDays.ToCode(),
                ["停靠点 stops"] = Line.Stops.Count,
                ["里程 km"] = Math.Round(Distance.Kilometres, 3),
                ["车程 drive_min"] = Math.Round(Duration.Minutes, 1),
                ["沿路网 on_road"] = OnRoad,
                ["无路段 unreachable_legs"] = unreachable,
            },
            GeoJsonFeatureId.FromString(Line.Id));
    }
}
