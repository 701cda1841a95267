namespace Logistics.Spatial.Siting;

/// <summary>How many free facilities the Lagrangian subproblem may open.</summary>
internal enum CardinalityRule
{
    /// <summary>Exactly the remaining count (or every free facility when fewer): valid when opening more never hurts.</summary>
    Exactly,

    /// <summary>At most the remaining count, only those with negative reduced cost.</summary>
    AtMost,

    /// <summary>No limit: every free facility with negative reduced cost.</summary>
    Unlimited,
}
