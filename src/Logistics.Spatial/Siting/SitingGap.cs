namespace Logistics.Spatial.Siting;

/// <summary>The one definition of a siting gap, shared by every siting result.</summary>
public static class SitingGap
{
    /// <summary>|value − bound| / max(1, |value|): the solution is at most this fraction worse than the optimum; null when either is missing.</summary>
    public static double? Of(long? value, long? bound) =>
        value is { } v && bound is { } b ? Math.Abs(v - b) / (double)Math.Max(1, Math.Abs(v)) : null;
}
