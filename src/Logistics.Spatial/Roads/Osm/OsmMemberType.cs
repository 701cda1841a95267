namespace Logistics.Spatial.Roads.Osm;

/// <summary>The kind of element a relation member refers to.</summary>
public enum OsmMemberType
{
    Node,
    Way,
    Relation,
}
