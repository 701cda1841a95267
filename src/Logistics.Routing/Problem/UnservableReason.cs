namespace Logistics.Routing.Problem;

/// <summary>Why a client cannot be served by any vehicle, even alone on a route.</summary>
public enum UnservableReason
{
    /// <summary>Delivery or pickup exceeds the capacity of every vehicle type in some dimension.</summary>
    DemandExceedsCapacity,

    /// <summary>No vehicle can reach a time window from its depot and get back within its shift.</summary>
    TimeWindowUnreachable,

    /// <summary>Driving there and back plus service exceeds every vehicle's maximum route duration.</summary>
    MaxDurationExceeded,

    /// <summary>Driving there and back exceeds every vehicle's maximum route distance.</summary>
    MaxDistanceExceeded,
}
