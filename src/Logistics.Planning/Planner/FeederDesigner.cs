using Logistics.Planning.Lines;
using Logistics.Planning.Network;
using Logistics.Routing.Problem;
using VehicleType = Logistics.Planning.Network.VehicleType;

namespace Logistics.Planning.Planner;

/// <summary>
/// Designs the lines of one depot (a township station's feeders, or the hub's direct lines): gives every outlet a
/// service-day pattern for its required visits (outlets of one frequency split into angular sectors round the depot,
/// one rotation pattern per sector, the rotation offset by the depot's index so that the county's work is spread over
/// the week), then routes each pattern group with the engine, with the peak visit of the pattern as demand.
/// An outlet whose visit does not fit any vehicle gets more visits (smaller loads) until it fits.
/// </summary>
internal sealed class FeederDesigner(RouteSolver solver, LineTimer timer, PlannerOptions options)
{
    public (List<DesignedLine> Lines, List<UnplannedSite> Unplanned) Design(
        Site depot, LineKind kind, IReadOnlyList<Site> outlets, IReadOnlyList<VehicleType> types, int depotIndex, CancellationToken cancellationToken)
    {
        var lines = new List<DesignedLine>();
        var unplanned = new List<UnplannedSite>();
        if (outlets.Count == 0)
        {
            return (lines, unplanned);
        }

        var biggestKg = types.Max(t => t.CapacityKg);
        var groups = new SortedDictionary<int, List<Site>>();
        foreach (var byFrequency in outlets.GroupBy(o => DemandModel.VisitsPerWeek(o, options)).OrderBy(g => g.Key))
        {
            // Each outlet's frequency: the required one, raised while one visit does not fit any vehicle.
            var placed = new List<(Site Site, int Frequency)>();
            foreach (var outlet in byFrequency)
            {
                var f = byFrequency.Key;
                while (f <= 7 && !types.Any(t => DemandModel.Peak(outlet, VisitPatterns.Rotation(f, options.WorkingDays)[0]).FitsIn(t)))
                {
                    f++;
                }

                if (f > 7)
                {
                    var peak = DemandModel.Peak(outlet, ServiceDays.Daily);
                    unplanned.Add(new UnplannedSite(outlet.Id, outlet.Name, UnplannedReasons.OverCapacity,
                        $"即使每天送货，单次货量 {peak.Drop.Kg:0} kg / {peak.Drop.M3:0.0} m³ 也超过 {depot.Name} 最大车辆 {biggestKg:0} kg",
                        $"even with a visit every day one visit carries {peak.Drop.Kg:0} kg / {peak.Drop.M3:0.0} m³, more than the largest vehicle at {depot.Name} ({biggestKg:0} kg)"));
                    continue;
                }

                placed.Add((outlet, f));
            }

            foreach (var sameF in placed.GroupBy(p => p.Frequency))
            {
                var rotation = VisitPatterns.Rotation(sameF.Key, options.WorkingDays);
                var sorted = sameF.Select(p => p.Site).OrderBy(s => Angle(depot, s)).ThenBy(s => s.Id.Value, StringComparer.Ordinal).ToList();
                var k = Math.Min(rotation.Count, sorted.Count);
                var total = sorted.Sum(s => s.Demand.WeekDown.Kg) + 1e-9;
                var cumulative = 0.0;
                foreach (var s in sorted)
                {
                    var chunk = Math.Min(k - 1, (int)(cumulative / total * k));
                    cumulative += s.Demand.WeekDown.Kg;
                    var pattern = rotation[(chunk + depotIndex) % rotation.Count];
                    if (!groups.TryGetValue(pattern.Mask, out var list))
                    {
                        list = [];
                        groups[pattern.Mask] = list;
                    }

                    list.Add(s);
                }
            }
        }

        var windows = new Func<Site, TimeWindow>(s =>
        {
            var open = LineTimer.Sec(s.OpeningHours.Open);
            var close = LineTimer.Sec(s.OpeningHours.Close) - timer.Service(s);
            return new TimeWindow(open, Math.Max(open, close));
        });
        foreach (var (mask, members) in groups)
        {
            var days = ServiceDays.FromMask(mask);
            var stops = members.OrderBy(s => s.Id.Value, StringComparer.Ordinal).ToList();
            var request = new RouteRequest(
                depot,
                stops,
                stops.Select(s => DemandModel.Peak(s, days)).ToArray(),
                types,
                stops.Count,
                stops.Select(windows).ToArray(),
                LineTimer.Sec(depot.OpeningHours.Open),
                LineTimer.Sec(depot.OpeningHours.Close),
                unchecked(options.Seed * 7919 + depotIndex * 131 + mask),
                options.RoutingIterations);
            var (routes, unrouted) = solver.Solve(request, cancellationToken);
            lines.AddRange(routes.Select(r => new DesignedLine(kind, depot, r.Type, days, r.Stops)));
            unplanned.AddRange(unrouted.Select(u => Unplanned(depot, u)));
        }

        return (lines, unplanned);
    }

    /// <summary>Whether one visit to the site fits some vehicle of <paramref name="types"/> at its visits a week or more (up to daily).</summary>
    internal static bool FitsAtSomeFrequency(Site site, IReadOnlyList<VehicleType> types, PlannerOptions options) =>
        Enumerable.Range(DemandModel.VisitsPerWeek(site, options), 8 - DemandModel.VisitsPerWeek(site, options))
            .Any(f => types.Any(t => DemandModel.Peak(site, VisitPatterns.Rotation(f, options.WorkingDays)[0]).FitsIn(t)));

    /// <summary>The engine's own reason for a stop it could not route, as an <see cref="UnplannedSite"/>.</summary>
    internal static UnplannedSite Unplanned(Site depot, UnroutedStop u)
    {
        var s = u.Site;
        var detail = u.Message is null ? string.Empty : $" ({u.Message})";
        return u.Reason switch
        {
            UnservableReason.DemandExceedsCapacity => new UnplannedSite(s.Id, s.Name, UnplannedReasons.OverCapacity,
                $"{s.Name} 一次的货量超过 {depot.Name} 所有车辆的载重或容积{detail}", $"one visit to {s.Name} carries more than any vehicle of {depot.Name} takes{detail}"),
            UnservableReason.TimeWindowUnreachable => new UnplannedSite(s.Id, s.Name, UnplannedReasons.OpeningHours,
                $"{depot.Name} 的车辆在 {s.Name} 营业时间内到不了、或到了回不来{detail}", $"no vehicle of {depot.Name} reaches {s.Name} within its opening hours and gets back within its shift{detail}"),
            UnservableReason.MaxDurationExceeded or UnservableReason.MaxDistanceExceeded => new UnplannedSite(s.Id, s.Name, UnplannedReasons.Shift,
                $"{depot.Name} 往返 {s.Name} 超过司机班次{detail}", $"the round trip from {depot.Name} to {s.Name} is longer than the driver's shift{detail}"),
            _ => new UnplannedSite(s.Id, s.Name, UnplannedReasons.NoTime,
                $"{depot.Name} 的车辆单独可以服务 {s.Name}，但车辆和班次不够把它排进线路", $"a vehicle of {depot.Name} could serve {s.Name} alone, but the routes found leave no room for it within the vehicles and shifts"),
        };
    }

    private static double Angle(Site depot, Site s) =>
        Math.Atan2(s.Location.Lat - depot.Location.Lat, (s.Location.Lon - depot.Location.Lon) * Math.Cos(depot.Location.Lat * Math.PI / 180));
}
