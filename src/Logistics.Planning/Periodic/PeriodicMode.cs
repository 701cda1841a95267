namespace Logistics.Planning.Periodic;

/// <summary>How strictly a periodic instance is planned.</summary>
public enum PeriodicMode
{
    /// <summary>Each day routed on its own (PVRP: visit days chosen among the allowed combinations).</summary>
    Free,

    /// <summary>
    /// The line planner's rule: a customer keeps one vehicle on all its days, visited in one fixed order (a template
    /// route per vehicle, each day's route is its customers present that day), with arrival spread ≤ L when L is given.
    /// </summary>
    Consistent,
}
