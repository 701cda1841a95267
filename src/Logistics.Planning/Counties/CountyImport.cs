using Logistics.Core.Errors;
using Logistics.Planning.Network;
using NetTopologySuite.Geometries;

namespace Logistics.Planning.Counties;

/// <summary>The result of importing a real county: the scenario, each township's territory, and notes on every estimate made.</summary>
public sealed class CountyImport
{
    internal CountyImport(Scenario scenario, Geometry boundary, IReadOnlyDictionary<string, Geometry> territories, IReadOnlyList<DataError> notes)
    {
        Scenario = scenario;
        Boundary = boundary;
        Territories = territories;
        Notes = notes;
    }

    public Scenario Scenario { get; }

    /// <summary>The county outline (WGS84) as read.</summary>
    public Geometry Boundary { get; }

    /// <summary>Township code → its territory: the Voronoi cell of the township seats clipped to the county (WGS84).</summary>
    public IReadOnlyDictionary<string, Geometry> Territories { get; }

    /// <summary>Warnings: one per estimated township point, plus a summary of estimated village points and demand.</summary>
    public IReadOnlyList<DataError> Notes { get; }
}
