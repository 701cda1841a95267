using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Core.Units;
using Logistics.Planning.Network;
using Logistics.Spatial.Travel;

namespace Logistics.Planning.Verification;

/// <summary>
/// <see cref="ITravelTimes"/> from an <see cref="ITravelTimeProvider"/> (road graph, OSRM or straight line): one dense
/// site × site matrix computed when it is built, then answered by lookup. The time is the matrix time × the vehicle's
/// <see cref="VehicleType.SpeedFactor"/> (rounded once more; on the straight-line provider it can differ from
/// <see cref="StraightLineTravelTimes"/> by 1 s, which rounds only once). Pairs without a drivable path are listed by
/// site in <see cref="Unreachable"/> and <see cref="Warnings"/>; <see cref="Between"/> refuses them with a
/// <see cref="DataValidationException"/> naming both sites rather than inventing a large number. Immutable, thread-safe.
/// </summary>
public sealed class MatrixTravelTimes : ITravelTimes
{
    private readonly Dictionary<SiteId, int> _index;

    private MatrixTravelTimes(IReadOnlyList<Site> sites, TravelMatrix matrix, string description, List<DataError> warnings)
    {
        Sites = sites;
        Matrix = matrix;
        Description = description;
        Warnings = warnings;
        _index = new Dictionary<SiteId, int>(sites.Count);
        for (var i = 0; i < sites.Count; i++)
        {
            if (!_index.TryAdd(sites[i].Id, i))
            {
                throw new ArgumentException($"site '{sites[i].Id}' is listed twice", nameof(sites));
            }
        }

        Unreachable = matrix.Unreachable.Select(p => new UnreachableLeg(sites[p.From], sites[p.To])).ToList();
    }

    /// <summary>The matrix between all sites of <paramref name="scenario"/>.</summary>
    public static MatrixTravelTimes Build(
        Scenario scenario, ITravelTimeProvider provider, double snapWarningMetres = TravelWarnings.DefaultSnapWarningMetres, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Build(scenario.Sites, provider, snapWarningMetres, cancellationToken);
    }

    /// <summary>The matrix between <paramref name="sites"/> (ids must be distinct).</summary>
    public static MatrixTravelTimes Build(
        IReadOnlyList<Site> sites, ITravelTimeProvider provider, double snapWarningMetres = TravelWarnings.DefaultSnapWarningMetres, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(provider);
        var points = sites.Select(s => s.Location).ToArray();
        var matrix = provider.Matrix(points, points, cancellationToken);
        return new MatrixTravelTimes(sites, matrix, provider.Description, TravelWarnings.For(matrix, sites, sites, snapWarningMetres));
    }

    /// <summary>The sites, in matrix order.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>The matrix itself (row = from, column = to, both in <see cref="Sites"/> order), without speed factors.</summary>
    public TravelMatrix Matrix { get; }

    /// <summary>The provider that made it.</summary>
    public string Description { get; }

    /// <summary>Every ordered pair of sites without a drivable path.</summary>
    public IReadOnlyList<UnreachableLeg> Unreachable { get; }

    /// <summary>Sites far from or off the road network and sites with unreachable partners, by site id and name.</summary>
    public IReadOnlyList<DataError> Warnings { get; }

    /// <exception cref="DataValidationException">No drivable path (code <c>travel.unreachable</c>, naming both sites).</exception>
    /// <exception cref="ArgumentException">A site not in the matrix.</exception>
    public TravelLeg Between(SiteId from, SiteId to, VehicleType? vehicle)
    {
        if (TryBetween(from, to, vehicle, out var leg))
        {
            return leg;
        }

        var a = Sites[_index[from]];
        var b = Sites[_index[to]];
        throw new DataValidationException([new DataError(
            "travel.unreachable",
            $"路网中没有从 {a.Id} {a.Name} 到 {b.Id} {b.Name} 的可行道路 / no drivable path from {a.Id} {a.Name} to {b.Id} {b.Name} in the road data",
            Value: b.Id.Value, Entity: TravelWarnings.Name(a))]);
    }

    /// <summary>The leg, or false when there is no drivable path.</summary>
    /// <exception cref="ArgumentException">A site not in the matrix.</exception>
    public bool TryBetween(SiteId from, SiteId to, VehicleType? vehicle, out TravelLeg leg)
    {
        var i = IndexOf(from, nameof(from));
        var j = IndexOf(to, nameof(to));
        if (Matrix.Duration(i, j) is not { } seconds)
        {
            leg = default;
            return false;
        }

        var factor = vehicle?.SpeedFactor ?? 1.0;
        leg = new TravelLeg(
            Matrix.Distance(i, j)!.Value,
            factor == 1.0 ? seconds : new Seconds((long)Math.Round(seconds.Value * factor, MidpointRounding.AwayFromZero)));
        return true;
    }

    public bool IsReachable(SiteId from, SiteId to) => Matrix.IsReachable(IndexOf(from, nameof(from)), IndexOf(to, nameof(to)));

    private int IndexOf(SiteId id, string parameter) =>
        _index.TryGetValue(id, out var i) ? i : throw new ArgumentException($"site '{id}' is not in the travel-time matrix", parameter);
}
