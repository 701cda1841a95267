using Logistics.Core.Ids;

namespace Logistics.Planning.Lines;

/// <summary>One stop of a line: the site and the planned arrival and departure, the same on every service day.</summary>
public sealed record LineStop(SiteId Site, TimeOnly Arrival, TimeOnly Departure);
