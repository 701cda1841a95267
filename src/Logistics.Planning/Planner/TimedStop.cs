using Logistics.Core.Ids;

namespace Logistics.Planning.Planner;

/// <summary>A planned stop in seconds since midnight.</summary>
internal readonly record struct TimedStop(SiteId Site, long Arrival, long Departure);
