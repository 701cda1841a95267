namespace Logistics.Spatial.Roads.Osm;

/// <summary>One member of an OSM relation, e.g. a turn restriction's <c>from</c> way or <c>via</c> node.</summary>
/// <param name="Type">Node, way or relation.</param>
/// <param name="Ref">The member element's id.</param>
/// <param name="Role">The member's role ("from", "via", "to", …; empty when none).</param>
public readonly record struct OsmMember(OsmMemberType Type, long Ref, string Role);
