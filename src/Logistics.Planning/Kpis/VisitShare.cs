namespace Logistics.Planning.Kpis;

/// <summary>
/// How many of the scenario's village outlets get at least <see cref="MinVisits"/> visit days a week (at least their
/// own required number when <see cref="MinVisits"/> is null), out of <see cref="Total"/>.
/// </summary>
public sealed record VisitShare(int? MinVisits, int Outlets, int Total)
{
    public double Share => Total > 0 ? (double)Outlets / Total : 0;

    /// <summary><c>≥2 次/周</c> or <c>达到要求</c>.</summary>
    public string Chinese => MinVisits is int n ? $"每周≥{n}次" : "达到要求次数";

    /// <summary><c>≥2 visits/week</c> or <c>≥ required</c>.</summary>
    public string English => MinVisits is int n ? $"≥{n} visits/week" : "≥ required visits";
}
