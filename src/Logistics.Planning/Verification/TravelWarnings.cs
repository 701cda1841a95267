using System.Globalization;
using Logistics.Core.Errors;
using Logistics.Planning.Network;
using Logistics.Spatial.Travel;

namespace Logistics.Planning.Verification;

/// <summary>
/// Turns what a <see cref="TravelMatrix"/> knows by index into warnings that name sites (id and name): a site with no
/// road near it (<c>roads.no-road</c>), a site far from its road (<c>roads.snap-far</c>: a site 2 km from any road is a
/// data problem, often GCJ-02 coordinates read as WGS84), and sites with unreachable partners
/// (<c>roads.unreachable</c>, up to five partners named).
/// </summary>
public static class TravelWarnings
{
    /// <summary>The default distance from a site to its road above which a warning is given.</summary>
    public const double DefaultSnapWarningMetres = 2_000;

    /// <param name="matrix">Rows = <paramref name="sources"/>, columns = <paramref name="targets"/>.</param>
    /// <param name="sources">The sites behind the rows.</param>
    /// <param name="targets">The sites behind the columns (the same list for a square matrix).</param>
    /// <param name="snapWarningMetres">Warn when a site is farther than this from its road.</param>
    public static List<DataError> For(TravelMatrix matrix, IReadOnlyList<Site> sources, IReadOnlyList<Site> targets, double snapWarningMetres = DefaultSnapWarningMetres)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        if (matrix.SourceCount != sources.Count || matrix.TargetCount != targets.Count)
        {
            throw new ArgumentException($"the matrix is {matrix.SourceCount} × {matrix.TargetCount}, the sites {sources.Count} × {targets.Count}", nameof(matrix));
        }

        var c = CultureInfo.InvariantCulture;
        var warnings = new List<DataError>();
        var snapped = new HashSet<Core.Ids.SiteId>();
        void Snap(Site site, double? metres)
        {
            if (!snapped.Add(site.Id))
            {
                return;
            }

            if (metres is null)
            {
                warnings.Add(new DataError(
                    "roads.no-road",
                    "附近没有可通行道路，该站点不可达 / no drivable road near the site; it is unreachable",
                    Entity: Name(site), Severity: DataErrorSeverity.Warning));
            }
            else if (metres > snapWarningMetres)
            {
                warnings.Add(new DataError(
                    "roads.snap-far",
                    string.Create(c, $"最近的道路在 {metres:0} 米外 / the nearest drivable road is {metres:0} m away (more than {snapWarningMetres:0} m); check the coordinates (GCJ-02 instead of WGS84?) or the road data"),
                    Value: string.Create(c, $"{metres:0}"), Entity: Name(site), Severity: DataErrorSeverity.Warning));
            }
        }

        for (var i = 0; i < sources.Count; i++)
        {
            Snap(sources[i], matrix.SourceSnapMetres[i]);
        }

        for (var j = 0; j < targets.Count; j++)
        {
            Snap(targets[j], matrix.TargetSnapMetres[j]);
        }

        var cannotReach = new List<Site>[sources.Count];
        var cannotBeReached = new List<Site>[targets.Count];
        foreach (var (i, j) in matrix.Unreachable)
        {
            if (sources[i].Id == targets[j].Id)
            {
                continue; // a site off the network: already reported as roads.no-road
            }

            (cannotReach[i] ??= []).Add(targets[j]);
            (cannotBeReached[j] ??= []).Add(sources[i]);
        }

        var square = ReferenceEquals(sources, targets);
        for (var i = 0; i < sources.Count; i++)
        {
            var to = cannotReach[i];
            var from = square ? cannotBeReached[i] : null;
            if (to is null && from is null)
            {
                continue;
            }

            var text = new List<string>();
            if (to is not null)
            {
                text.Add(string.Create(c, $"到 {to.Count}/{targets.Count} 个站点无路可达 / no drivable path to {to.Count} of {targets.Count} sites ({Sample(to)})"));
            }

            if (from is not null)
            {
                text.Add(string.Create(c, $"从 {from.Count}/{sources.Count} 个站点无路可达 / none from {from.Count} of {sources.Count} sites ({Sample(from)})"));
            }

            warnings.Add(new DataError("roads.unreachable", string.Join("; ", text) + "; 路网可能不连通 / the road data may be disconnected here",
                Entity: Name(sources[i]), Severity: DataErrorSeverity.Warning));
        }

        if (!square)
        {
            for (var j = 0; j < targets.Count; j++)
            {
                if (cannotBeReached[j] is { } from)
                {
                    warnings.Add(new DataError("roads.unreachable",
                        string.Create(c, $"从 {from.Count}/{sources.Count} 个站点无路可达 / no drivable path from {from.Count} of {sources.Count} sites ({Sample(from)})"),
                        Entity: Name(targets[j]), Severity: DataErrorSeverity.Warning));
                }
            }
        }

        return warnings;
    }

    /// <summary><c>site 'V12' 龙潭村</c>, the way data errors name a site.</summary>
    public static string Name(Site site) => $"site '{site.Id}' {site.Name}".TrimEnd();

    private static string Sample(List<Site> sites) =>
        string.Join(", ", sites.Take(5).Select(s => $"{s.Id} {s.Name}".TrimEnd())) + (sites.Count > 5 ? ", …" : string.Empty);
}
