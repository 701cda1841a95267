using Logistics.Spatial.Roads.Osm;

namespace Logistics.Spatial.Roads.Graph;

/// <summary>
/// An OSM <c>type=restriction</c> relation read for a light motor vehicle: whether its turns are banned
/// (<c>no_*</c>) or the only ones allowed (<c>only_*</c>), its from ways, via node and to ways. <see cref="Parse"/> returns
/// it, or the reason code it is skipped for (see <see cref="RoadGraphBuilder"/>).
/// </summary>
internal sealed record OsmTurnRestriction(long Id, string Value, bool Only, long[] FromWays, long ViaNode, long[] ToWays)
{
    /// <summary>Keys read for the restriction's value, most specific first (the profile drives a light van, as for access tags).</summary>
    public static readonly string[] KeysMostSpecificFirst = ["restriction:motorcar", "restriction:motor_vehicle", "restriction:vehicle", "restriction"];

    /// <summary><c>except=</c> values (;-separated) that exempt our vehicle, so the restriction is skipped.</summary>
    private static readonly string[] ExemptingExcepts = ["motorcar", "motor_vehicle", "vehicle"];

    private static readonly string[] BanValues = ["no_left_turn", "no_right_turn", "no_straight_on", "no_u_turn", "no_entry", "no_exit"];

    private static readonly string[] OnlyValues = ["only_left_turn", "only_right_turn", "only_straight_on", "only_u_turn"];

    /// <summary>True for relations tagged <c>type=restriction</c> (the only ones <see cref="Parse"/> looks at).</summary>
    public static bool IsRestriction(IReadOnlyDictionary<string, string> tags) => tags.GetValueOrDefault("type") == "restriction";

    /// <summary>The restriction, or null and the reason code it cannot be used.</summary>
    public static (OsmTurnRestriction? Restriction, string? SkippedBecause) Parse(long id, IReadOnlyList<OsmMember> members, IReadOnlyDictionary<string, string> tags)
    {
        string? value = null;
        foreach (var key in KeysMostSpecificFirst)
        {
            if (tags.TryGetValue(key, out var v))
            {
                value = v.Trim();
                break;
            }
        }

        if (value is null)
        {
            // Only keys for other vehicles (restriction:hgv, :bus, :bicycle …) or a time condition (restriction:conditional).
            return (null, tags.Keys.Any(k => k.StartsWith("restriction:conditional", StringComparison.Ordinal)) ? "conditional"
                : tags.Keys.Any(k => k.StartsWith("restriction:", StringComparison.Ordinal)) ? "other-vehicle"
                : "no-value");
        }

        if (tags.TryGetValue("except", out var except)
            && except.Split(';', StringSplitOptions.TrimEntries).Any(e => ExemptingExcepts.Contains(e, StringComparer.Ordinal)))
        {
            return (null, "except-motorcar");
        }

        if (tags.ContainsKey("day_on") || tags.ContainsKey("hour_on"))
        {
            return (null, "conditional");
        }

        var only = OnlyValues.Contains(value, StringComparer.Ordinal);
        if (!only && !BanValues.Contains(value, StringComparer.Ordinal))
        {
            return (null, "unknown-value");
        }

        var from = new List<long>();
        var to = new List<long>();
        var viaNodes = new List<long>();
        var viaWays = 0;
        var badMembers = 0;
        foreach (var m in members)
        {
            switch (m.Role)
            {
                case "from" when m.Type == OsmMemberType.Way:
                    from.Add(m.Ref);
                    break;
                case "to" when m.Type == OsmMemberType.Way:
                    to.Add(m.Ref);
                    break;
                case "via" when m.Type == OsmMemberType.Node:
                    viaNodes.Add(m.Ref);
                    break;
                case "via" when m.Type == OsmMemberType.Way:
                    viaWays++;
                    break;
                case "from" or "to" or "via":
                    badMembers++;
                    break;
                default:
                    break; // other roles (e.g. "location_hint") do not matter for routing
            }
        }

        if (viaWays > 0)
        {
            return (null, "via-way");
        }

        if (badMembers > 0 || viaNodes.Count > 1)
        {
            return (null, "bad-members");
        }

        if (from.Count == 0 || to.Count == 0 || viaNodes.Count == 0)
        {
            return (null, "incomplete");
        }

        return (new OsmTurnRestriction(id, value, only, [.. from.Distinct()], viaNodes[0], [.. to.Distinct()]), null);
    }
}
