using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Core.Units;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;
using Logistics.Spatial.Coverage;

namespace Logistics.Planning.Coverage;

/// <summary>
/// Computes how well a scenario's outlets cover its villages. Demand points are the 行政村: every
/// <see cref="SiteTier.VillageOutlet"/> (which covers its own village at distance 0) and every
/// <see cref="SiteTier.Village"/>. Outlets are the village outlets and, by default, the township stations. Travel times
/// come from <see cref="CoverageOptions.TravelTimes"/> (road graph or OSRM when loaded, else the straight line), in one
/// village × outlet matrix; with a line plan, each village also gets the weekly visits of its nearest outlet.
/// </summary>
public static class CoverageAnalyzer
{
    /// <summary>Coverage of <paramref name="scenario"/> as it is; with <paramref name="plan"/>, the visits from its lines.</summary>
    public static CoverageReport Analyze(Scenario scenario, CoverageOptions? options = null, LinePlan? plan = null) =>
        Analyze(scenario, options, OutletChange.None, plan);

    /// <summary>
    /// Coverage after a what-if <paramref name="change"/> of the outlet set; the villages stay the same.
    /// </summary>
    /// <exception cref="DataValidationException">When a site to add or remove does not exist or has the wrong tier.</exception>
    public static CoverageReport Analyze(
        Scenario scenario, CoverageOptions? options, OutletChange change, LinePlan? plan = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(change);
        options ??= new CoverageOptions();
        if (options.Thresholds.Count == 0)
        {
            throw new ArgumentException("at least one coverage threshold is needed", nameof(options));
        }

        var outlets = Outlets(scenario, options, change);
        var villages = scenario.Sites.Where(s => s.Tier is SiteTier.VillageOutlet or SiteTier.Village).ToList();
        var provider = options.TravelTimesFor(scenario);
        var villagePoints = villages.Select(v => v.Location).ToArray();
        var outletPoints = outlets.Select(o => o.Location).ToArray();
        var times = provider.Matrix(villagePoints, outletPoints, cancellationToken);
        var nearest = NearestFacilitySearch.Find(villagePoints, outletPoints, times);
        var warnings = provider.FollowsRoads ? TravelWarnings.For(times, villages, outlets, options.SnapWarningMetres) : [];
        var visitDays = plan is null ? null : LineVisits.DaysBySite(plan);
        if (plan is not null && plan.ScenarioHash != ScenarioFingerprint.Of(scenario))
        {
            warnings.Add(new DataError(
                "plan.scenario-mismatch",
                $"线路方案是为另一个情景制定的 / the line plan was made for another version of the scenario ('{plan.ScenarioName}'); visits may not match the sites",
                Value: plan.ScenarioHash, Severity: DataErrorSeverity.Warning));
        }

        var rows = new List<VillageCoverage>(villages.Count);
        for (int i = 0; i < villages.Count; i++)
        {
            var n = nearest[i];
            var byDistance = n.Exists ? outlets[n.ByDistance] : null;
            var byTime = n.Reachable ? outlets[n.ByTime] : null;
            var covered = options.Thresholds.Select(t => t.Kind == CoverageThresholdKind.Distance
                ? n.Exists && t.Covers(n.Distance, default)
                : n.Reachable && t.Covers(default, n.Time)).ToArray();
            rows.Add(new VillageCoverage(
                villages[i],
                byDistance,
                n.Exists ? n.Distance : new Metres(0),
                byTime,
                n.Reachable ? n.Time : new Seconds(0),
                byDistance?.RequiredVisitsPerWeek ?? 0,
                visitDays is null ? null : byDistance is null ? ServiceDays.None : visitDays.GetValueOrDefault(byDistance.Id),
                covered));
        }

        var county = Shares(options.Thresholds, rows);
        var stationNames = scenario.SitesOf(SiteTier.TownshipStation)
            .Where(s => s.TownshipCode.Length > 0)
            .GroupBy(s => s.TownshipCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var townships = rows
            .GroupBy(r => r.Village.TownshipCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TownshipCoverage(
                g.Key,
                stationNames.GetValueOrDefault(g.Key, string.Empty),
                Shares(options.Thresholds, g.ToList())))
            .ToList();
        return new CoverageReport(options.Thresholds, outlets, rows, county, townships, provider.Description, provider.FollowsRoads, plan is not null, warnings);
    }

    private static List<CoverageShare> Shares(IReadOnlyList<CoverageThreshold> thresholds, IReadOnlyList<VillageCoverage> rows)
    {
        long population = rows.Sum(r => (long)r.Village.Population);
        return thresholds.Select((t, k) => new CoverageShare(
            t,
            rows.Count,
            rows.Count(r => r.Covered[k]),
            population,
            rows.Where(r => r.Covered[k]).Sum(r => (long)r.Village.Population))).ToList();
    }

    private static List<Site> Outlets(Scenario scenario, CoverageOptions options, OutletChange change)
    {
        bool IsOutlet(Site s) => s.Tier == SiteTier.VillageOutlet || (options.StationsAreOutlets && s.Tier == SiteTier.TownshipStation);

        var errors = new ErrorList();
        var add = new HashSet<SiteId>();
        foreach (var id in change.Add)
        {
            if (!scenario.TryGetSite(id, out var site))
            {
                errors.Add(new DataError("unknown-site", "no site has this id", Column: "add", Value: id.Value, Entity: $"site '{id}'"));
            }
            else if (site.Tier is not (SiteTier.CandidateSite or SiteTier.Village))
            {
                errors.Add(new DataError("not-addable", $"only a candidate site or a village without outlet can become an outlet, not a {SiteTierNames.English(site.Tier).ToLowerInvariant()} ({SiteTierNames.Chinese(site.Tier)})",
                    Column: "add", Value: id.Value, Entity: $"site '{id}' {site.Name}"));
            }
            else if (!add.Add(id))
            {
                errors.Add(new DataError("duplicate-site", "the site is added twice", Column: "add", Value: id.Value, Entity: $"site '{id}' {site.Name}"));
            }
        }

        var remove = new HashSet<SiteId>();
        foreach (var id in change.Remove)
        {
            if (!scenario.TryGetSite(id, out var site))
            {
                errors.Add(new DataError("unknown-site", "no site has this id", Column: "remove", Value: id.Value, Entity: $"site '{id}'"));
            }
            else if (!IsOutlet(site))
            {
                errors.Add(new DataError("not-an-outlet", $"the site is not an outlet but a {SiteTierNames.English(site.Tier).ToLowerInvariant()} ({SiteTierNames.Chinese(site.Tier)})",
                    Column: "remove", Value: id.Value, Entity: $"site '{id}' {site.Name}"));
            }
            else if (!remove.Add(id))
            {
                errors.Add(new DataError("duplicate-site", "the site is removed twice", Column: "remove", Value: id.Value, Entity: $"site '{id}' {site.Name}"));
            }
        }

        errors.ThrowIfAny();
        return scenario.Sites.Where(s => (IsOutlet(s) && !remove.Contains(s.Id)) || add.Contains(s.Id)).ToList();
    }
}
