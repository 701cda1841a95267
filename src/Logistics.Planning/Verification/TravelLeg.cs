using Logistics.Core.Units;

namespace Logistics.Planning.Verification;

/// <summary>The road distance and driving time from one site to another.</summary>
public readonly record struct TravelLeg(Metres Distance, Seconds Time);
