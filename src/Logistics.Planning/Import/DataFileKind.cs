namespace Logistics.Planning.Import;

/// <summary>What a data file holds, as <see cref="DataFileDetector"/> sees it.</summary>
public enum DataFileKind
{
    /// <summary>Not a file this tool reads (README, images, road data, a GeoJSON of polygons …).</summary>
    Other,

    /// <summary>Sites with demand: CSV, XLSX, or a GeoJSON FeatureCollection of points.</summary>
    Sites,

    /// <summary>Vehicle types: CSV or XLSX with capacity and depot columns.</summary>
    Vehicles,

    /// <summary>A scenario JSON file (<c>logistics-scenario/1</c>).</summary>
    Scenario,
}
