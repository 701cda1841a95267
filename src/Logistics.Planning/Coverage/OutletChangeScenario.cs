using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Coverage;

/// <summary>
/// Applies an <see cref="OutletChange"/> to a scenario for the line planner (the rules are on
/// <see cref="WhatIfPlanning"/>). The change must already have passed <see cref="CoverageAnalyzer"/>'s checks.
/// </summary>
internal static class OutletChangeScenario
{
    public static (Scenario After, List<AddedOutlet> Added, List<ClosedOutlet> Closed, List<DataError> Warnings) Apply(
        Scenario scenario, OutletChange change, WhatIfPlanningOptions options)
    {
        var errors = new ErrorList();
        foreach (var id in change.Remove)
        {
            var site = SiteOf(scenario, id);
            if (site.Tier != SiteTier.VillageOutlet)
            {
                errors.Add(new DataError("not-closable",
                    $"规划假设只能撤销村级网点，不能撤销{SiteTierNames.Chinese(site.Tier)} / a planning what-if closes village outlets only, not a {SiteTierNames.English(site.Tier).ToLowerInvariant()} (its vehicles and lines start there)",
                    Column: "remove", Value: id.Value, Entity: $"site '{id}' {site.Name}"));
            }
        }

        if (options.AddedVisitsPerWeek is { } visits && visits is < 1 or > 7)
        {
            errors.Add(new DataError("out-of-range", "新增网点每周频次应为 1–7 / visits a week of an added outlet must be 1–7",
                Column: "visitsPerWeek", Value: visits.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var existing = scenario.SitesOf(SiteTier.VillageOutlet).Where(s => !change.Remove.Contains(s.Id)).ToList();
        if (change.Add.Count > 0 && existing.Count == 0)
        {
            errors.Add(new DataError("no-reference-outlet",
                "没有现有村级网点可借用营业时间和需求 / no existing village outlet to take opening hours and demand per resident from",
                Column: "add", Entity: "scenario"));
        }

        errors.ThrowIfAny();

        var added = change.Add.ToHashSet();
        var removed = change.Remove.ToHashSet();

        // The outlets after the change, for "nearest outlet": the remaining village outlets, the added sites, and the
        // stations when they count as outlets.
        var outletsAfter = scenario.Sites
            .Where(s => (s.Tier == SiteTier.VillageOutlet && !removed.Contains(s.Id))
                || added.Contains(s.Id)
                || (options.Coverage.StationsAreOutlets && s.Tier == SiteTier.TownshipStation))
            .ToList();

        // Villages without an outlet after the change (an added village serves itself).
        var plainAfter = scenario.Sites
            .Where(s => (s.Tier == SiteTier.Village && !added.Contains(s.Id)) || removed.Contains(s.Id))
            .ToList();

        var served = change.Add.ToDictionary(id => id, id => new List<Site>());
        foreach (var id in change.Add)
        {
            var site = SiteOf(scenario, id);
            if (site.Tier == SiteTier.Village)
            {
                served[id].Add(site);
            }
        }

        var movedTo = new Dictionary<SiteId, Site>();
        var extraDemand = new Dictionary<SiteId, List<Site>>();
        foreach (var village in plainAfter)
        {
            var nearest = Nearest(village, outletsAfter);
            if (nearest is null)
            {
                continue;
            }

            if (added.Contains(nearest.Id))
            {
                served[nearest.Id].Add(village);
                if (removed.Contains(village.Id))
                {
                    movedTo[village.Id] = nearest;
                }
            }
            else if (removed.Contains(village.Id) && options.RemovedDemand == RemovedOutletDemand.MovedToNearestOutlet)
            {
                movedTo[village.Id] = nearest;
                if (!extraDemand.TryGetValue(nearest.Id, out var list))
                {
                    extraDemand[nearest.Id] = list = [];
                }

                list.Add(village);
            }
        }

        var builder = scenario.ToBuilder();
        var warnings = new List<DataError>();
        var addedOutlets = new List<AddedOutlet>();
        foreach (var id in change.Add)
        {
            var site = SiteOf(scenario, id);
            var reference = Nearest(site, existing)!;
            int scaled = 0;
            var demand = WeeklyDemand.None;
            foreach (var village in served[id])
            {
                demand = Add(demand, DemandOf(village, reference, ref scaled));
            }

            if (served[id].Count == 0)
            {
                warnings.Add(new DataError("whatif.no-villages",
                    $"{site.Name} 不是任何行政村最近的网点，按无货量处理（仍按频次停靠）/ no village has this as its nearest outlet, so it carries no goods (it is still visited as required)",
                    Value: id.Value, Entity: $"site '{id}' {site.Name}", Severity: DataErrorSeverity.Warning));
            }

            var outlet = site with
            {
                Tier = SiteTier.VillageOutlet,
                RequiredVisitsPerWeek = options.AddedVisitsPerWeek ?? Math.Max(1, reference.RequiredVisitsPerWeek),
                OpeningHours = reference.OpeningHours,
                Demand = demand,
            };
            builder.SetSite(outlet);
            addedOutlets.Add(new AddedOutlet(outlet, served[id], scaled, reference));
        }

        foreach (var (target, villages) in extraDemand)
        {
            var site = builder.Sites.Single(s => s.Id == target);
            int ignored = 0;
            builder.SetSite(site with { Demand = villages.Aggregate(site.Demand, (d, v) => Add(d, DemandOf(v, site, ref ignored))) });
        }

        var closed = new List<ClosedOutlet>();
        foreach (var id in change.Remove)
        {
            var site = SiteOf(scenario, id);
            var village = site with
            {
                Tier = SiteTier.Village,
                RequiredVisitsPerWeek = 0,
                Demand = movedTo.ContainsKey(id) ? WeeklyDemand.None : site.Demand,
            };
            builder.SetSite(village);
            closed.Add(new ClosedOutlet(village, movedTo.TryGetValue(id, out var to) ? builder.Sites.Single(s => s.Id == to.Id) : null));
        }

        return (builder.Build(), addedOutlets, closed, warnings);
    }

    private static Site SiteOf(Scenario scenario, SiteId id) =>
        scenario.TryGetSite(id, out var site) ? site : throw new ArgumentException($"no site '{id}' in the scenario", nameof(id));

    /// <summary>The nearest of <paramref name="outlets"/> by great circle (first in scenario order on a tie); null when there is none.</summary>
    internal static Site? Nearest(Site from, IReadOnlyList<Site> outlets)
    {
        Site? best = null;
        double bestMetres = double.PositiveInfinity;
        foreach (var o in outlets)
        {
            var d = o.Id == from.Id ? 0 : GreatCircle.DistanceMetres(from.Location, o.Location);
            if (d < bestMetres)
            {
                best = o;
                bestMetres = d;
            }
        }

        return best;
    }

    /// <summary>The village's own demand; when it has none, the reference outlet's scaled by population.</summary>
    private static WeeklyDemand DemandOf(Site village, Site reference, ref int scaled)
    {
        if (!village.Demand.Equals(WeeklyDemand.None) || village.Population == 0)
        {
            return village.Demand;
        }

        scaled++;
        double factor = reference.Population > 0 ? village.Population / (double)reference.Population : 1;
        return new WeeklyDemand(reference.Demand.Days.Select(d => new DailyDemand(
            d.ConsumerGoods * factor, d.FarmInputs * factor, d.Parcels * factor, d.Produce * factor)).ToArray());
    }

    internal static WeeklyDemand Add(WeeklyDemand a, WeeklyDemand b) =>
        new(a.Days.Zip(b.Days).Select(p => new DailyDemand(
            p.First.ConsumerGoods + p.Second.ConsumerGoods,
            p.First.FarmInputs + p.Second.FarmInputs,
            p.First.Parcels + p.Second.Parcels,
            p.First.Produce + p.Second.Produce)).ToArray());
}
