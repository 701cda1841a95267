using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Routing.Ch;
using Logistics.Spatial.Tests.Geodesy;

namespace Logistics.Spatial.Tests.Roads.Routing;

/// <summary>The Andorra extract (../shared/geodata/roads/andorra.osm.pbf) built once per test class; null when absent.</summary>
public sealed class AndorraRoadFixture
{
    public AndorraRoadFixture()
    {
        var dir = SharedGeodata.FindDirectory();
        var path = dir is null ? null : Path.Combine(dir, "roads", "andorra.osm.pbf");
        if (path is null || !File.Exists(path))
        {
            return;
        }

        (Graph, Report) = RoadGraphBuilder.FromFile(path, RoadProfile.ChinaRural);
        Hierarchy = ContractionHierarchy.Build(Graph);
    }

    public RoadGraph? Graph { get; }

    public RoadGraphBuildReport? Report { get; }

    public ContractionHierarchy? Hierarchy { get; }

    public (RoadGraph Graph, ContractionHierarchy Hierarchy) Require()
    {
        if (Graph is null || Hierarchy is null)
        {
            Assert.Skip("../shared/geodata/roads/andorra.osm.pbf absent (set LOGISTICS_SHARED to the folder holding geodata/)");
        }

        return (Graph, Hierarchy);
    }
}
