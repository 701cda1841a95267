namespace Logistics.Spatial.Siting;

/// <summary>
/// The names users type for a <see cref="SitingObjective"/>, the same in the CLI (<c>--model</c>, <c>--objective</c>)
/// and the web app's siting panel: <c>mclp</c> (covered population), <c>pmedian</c> (population × distance),
/// <c>setcover</c> (fewest outlets covering all).
/// </summary>
public static class SitingObjectiveNames
{
    public const string MaximalCovering = "mclp";

    public const string PMedian = "pmedian";

    public const string SetCover = "setcover";

    /// <summary>The names above, in the order they are offered.</summary>
    public static IReadOnlyList<string> All { get; } = [MaximalCovering, PMedian, SetCover];

    /// <summary>The objective of a name above; null for any other name.</summary>
    public static SitingObjective? Parse(string? name) => name switch
    {
        MaximalCovering => SitingObjective.MaximalCovering,
        PMedian => SitingObjective.PMedian,
        SetCover => SitingObjective.SetCover,
        _ => null,
    };
}
