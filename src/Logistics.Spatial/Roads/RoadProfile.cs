using System.Collections.Frozen;
using System.Globalization;

namespace Logistics.Spatial.Roads;

/// <summary>
/// Which OSM ways a light freight vehicle (a 4.2 m box van or a 3–5 t truck) may drive, in which direction and how fast.
/// <para>
/// Speeds are average travel speeds on Chinese rural roads (hills, villages, mixed traffic), not limits. How the
/// administrative road classes are usually tagged in OSM in China: 高速 → motorway; 国道 (G) → trunk/primary;
/// 省道 (S) → primary/secondary; 县道 (X) → secondary/tertiary; 乡道 (Y) → tertiary/unclassified;
/// 村道 (C) → unclassified/residential, or track.
/// </para>
/// <list type="table">
/// <item><term>motorway 80 / motorway_link 45</term><description>高速公路 (trucks ≤ 90–100 km/h, average lower)</description></item>
/// <item><term>trunk 60 / trunk_link 40</term><description>国道, often two-lane with towns on the way</description></item>
/// <item><term>primary 50 / primary_link 35</term><description>国道/省道</description></item>
/// <item><term>secondary 40 / secondary_link 30</term><description>省道/县道</description></item>
/// <item><term>tertiary 30 / tertiary_link 25</term><description>县道/乡道, 6–7 m, bends</description></item>
/// <item><term>unclassified 25</term><description>乡道/村道 (硬化 village roads, 4.5–6 m)</description></item>
/// <item><term>residential 20, road 20</term><description>村道, 集镇 streets; "road" = unknown class</description></item>
/// <item><term>service 15, living_street 10</term><description>yards, lanes</description></item>
/// <item><term>track 15</term><description>村道/机耕道, ONLY when tagged passable: tracktype=grade1|grade2, or surface
/// asphalt|concrete|paved|paving_stones|concrete:plates|compacted, or motor_vehicle/motorcar=yes|designated.
/// Untagged or rougher tracks are excluded: a laden van cannot be promised a dirt track in the rainy season.</description></item>
/// </list>
/// <para>
/// Rules: <c>maxspeed</c> (km/h, "mph" converted; "none"/words ignored) only lowers the class speed, because the class
/// speeds are already realistic averages. <c>oneway</c> = yes|true|1 → forward only, -1|reverse → backward only,
/// no|false|0 → both; <c>junction</c> = roundabout|circular and <c>highway=motorway</c> imply oneway unless oneway=no.
/// Excluded: <c>access</c>/<c>vehicle</c>/<c>motor_vehicle</c>/<c>motorcar</c> = no|private (the most specific of
/// these tags decides, so access=private + motor_vehicle=yes is kept), <c>area=yes</c>, everything not in the table
/// (footway, path, cycleway, steps, construction, proposed, …). Ferries (<c>route=ferry</c>) are excluded unless
/// <see cref="IncludeFerries"/>; then they run at <see cref="FerrySpeedKmh"/> both ways (waiting time not modelled).
/// </para>
/// Reason codes: <c>not-a-road</c>, <c>access</c>, <c>area</c>, <c>ferry</c>, <c>track-not-passable</c>.
/// </summary>
public sealed class RoadProfile
{
    private static readonly FrozenSet<string> PassableSurfaces = new[]
    {
        "asphalt", "concrete", "paved", "paving_stones", "concrete:plates", "concrete:lanes", "compacted", "sett",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] AccessTagsMostSpecificFirst = ["motorcar", "motor_vehicle", "vehicle", "access"];

    public RoadProfile(IReadOnlyDictionary<string, double> speedsKmh, bool includeFerries = false, double ferrySpeedKmh = 10)
    {
        ArgumentNullException.ThrowIfNull(speedsKmh);
        foreach (var (highway, speed) in speedsKmh)
        {
            if (!double.IsFinite(speed) || speed <= 0 || speed > 200)
            {
                throw new ArgumentOutOfRangeException(nameof(speedsKmh), $"Speed for highway={highway} must be in (0, 200] km/h, got {speed}.");
            }
        }

        if (!double.IsFinite(ferrySpeedKmh) || ferrySpeedKmh <= 0 || ferrySpeedKmh > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(ferrySpeedKmh), "Ferry speed must be in (0, 100] km/h.");
        }

        SpeedsKmh = speedsKmh.ToFrozenDictionary(StringComparer.Ordinal);
        IncludeFerries = includeFerries;
        FerrySpeedKmh = ferrySpeedKmh;
    }

    /// <summary>Average speed by <c>highway</c> value, km/h; classes not listed are not drivable.</summary>
    public IReadOnlyDictionary<string, double> SpeedsKmh { get; }

    public bool IncludeFerries { get; }

    public double FerrySpeedKmh { get; }

    /// <summary>The default profile for rural freight in Chinese hill counties (table above).</summary>
    public static RoadProfile ChinaRural { get; } = new(new Dictionary<string, double>
    {
        ["motorway"] = 80, ["motorway_link"] = 45,
        ["trunk"] = 60, ["trunk_link"] = 40,
        ["primary"] = 50, ["primary_link"] = 35,
        ["secondary"] = 40, ["secondary_link"] = 30,
        ["tertiary"] = 30, ["tertiary_link"] = 25,
        ["unclassified"] = 25,
        ["residential"] = 20, ["road"] = 20,
        ["service"] = 15, ["living_street"] = 10,
        ["track"] = 15,
    });

    /// <summary>The same profile with ferries switched on or off.</summary>
    public RoadProfile WithFerries(bool include) => new(SpeedsKmh, include, FerrySpeedKmh);

    public WayTraversal Evaluate(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (IsDenied(tags))
        {
            return WayTraversal.Excluded("access");
        }

        if (tags.GetValueOrDefault("area") == "yes")
        {
            return WayTraversal.Excluded("area");
        }

        double speed;
        var highway = tags.GetValueOrDefault("highway");
        if (tags.GetValueOrDefault("route") == "ferry" && (highway is null || !SpeedsKmh.ContainsKey(highway)))
        {
            if (!IncludeFerries)
            {
                return WayTraversal.Excluded("ferry");
            }

            return new WayTraversal(true, true, FerrySpeedKmh, null);
        }

        if (highway is null || !SpeedsKmh.TryGetValue(highway, out speed))
        {
            return WayTraversal.Excluded("not-a-road");
        }

        if (highway == "track" && !IsPassableTrack(tags))
        {
            return WayTraversal.Excluded("track-not-passable");
        }

        if (ParseMaxSpeedKmh(tags.GetValueOrDefault("maxspeed")) is { } limit && limit < speed)
        {
            speed = limit;
        }

        var (forward, backward) = Directions(tags, highway);
        return new WayTraversal(forward, backward, speed, null);
    }

    /// <summary>Parses an OSM <c>maxspeed</c> value to km/h: "60", "60 km/h", "40 mph"; null for "none", "signals", "CN:urban", ….</summary>
    public static double? ParseMaxSpeedKmh(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var factor = 1.0;
        if (text.EndsWith("mph", StringComparison.OrdinalIgnoreCase))
        {
            factor = 1.609344;
            text = text[..^3].Trim();
        }
        else if (text.EndsWith("km/h", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4].Trim();
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= 200
            ? number * factor
            : null;
    }

    private static bool IsDenied(IReadOnlyDictionary<string, string> tags)
    {
        foreach (var key in AccessTagsMostSpecificFirst)
        {
            if (tags.TryGetValue(key, out var value))
            {
                return value is "no" or "private";
            }
        }

        return false;
    }

    private static bool IsPassableTrack(IReadOnlyDictionary<string, string> tags) =>
        tags.GetValueOrDefault("tracktype") is "grade1" or "grade2"
        || (tags.GetValueOrDefault("surface") is { } surface && PassableSurfaces.Contains(surface))
        || tags.GetValueOrDefault("motor_vehicle") is "yes" or "designated"
        || tags.GetValueOrDefault("motorcar") is "yes" or "designated";

    private static (bool Forward, bool Backward) Directions(IReadOnlyDictionary<string, string> tags, string highway)
    {
        switch (tags.GetValueOrDefault("oneway"))
        {
            case "yes" or "true" or "1":
                return (true, false);
            case "-1" or "reverse":
                return (false, true);
            case "no" or "false" or "0":
                return (true, true);
            default:
                var impliedOneway = highway == "motorway" || tags.GetValueOrDefault("junction") is "roundabout" or "circular";
                return impliedOneway ? (true, false) : (true, true);
        }
    }
}
