using Logistics.Core.Geo;

namespace Logistics.Planning.Counties;

/// <summary>One row of the geodata folder's <c>counties.csv</c>: a county, its centre (near the seat, WGS84) and its boundary file.</summary>
public sealed record CountyRecord(string Code, string Name, GeoPoint Centre, string BoundaryFile);
