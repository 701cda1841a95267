using System.Globalization;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Re-costs and checks a periodic solution from the instance's coordinates alone, on purpose sharing no code with the
/// solver or the writer: double-precision Euclidean travel, route duration = travel + service (vehicles leave at 0 and do
/// not wait), load per day, the days each customer is visited against its allowed combinations (PVRP) or given days
/// (ConVRP), at most m routes a day (PVRP). With <c>consistent</c>: one vehicle number per customer over all its days and,
/// when <c>arrivalLimit</c> is given, latest − earliest arrival ≤ L. A customer on the depot may be left out (noted).
/// </summary>
public static class PeriodicChecker
{
    private const double Tolerance = 1e-6;

    public static PeriodicCheck Check(PeriodicInstance instance, PeriodicSolution solution, bool consistent, double? arrivalLimit = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(solution);
        var ci = CultureInfo.InvariantCulture;
        var violations = new List<PeriodicViolation>();
        var notes = new List<string>();
        var byNumber = new Dictionary<int, PeriodicCustomer>();
        foreach (var c in instance.Customers)
        {
            byNumber[c.Number] = c;
        }

        var visitedDays = new Dictionary<int, int>();
        var vehicleOf = new Dictionary<int, HashSet<int>>();
        var arrivals = new Dictionary<int, List<double>>();
        var routesPerDay = new int[instance.Days + 1];
        double travel = 0, service = 0;
        var routes = 0;
        var vehicles = new HashSet<int>();
        foreach (var r in solution.Routes)
        {
            if (r.Customers.Count == 0)
            {
                continue;
            }

            if (r.Day < 1 || r.Day > instance.Days)
            {
                violations.Add(new PeriodicViolation("day", string.Create(ci, $"路线的日期 {r.Day} 超出 1…{instance.Days} / route day {r.Day} outside 1…{instance.Days}"), r.Day, r.Vehicle, Value: r.Day, Limit: instance.Days));
                continue;
            }

            if (r.Vehicle < 1)
            {
                violations.Add(new PeriodicViolation("vehicle", string.Create(ci, $"车辆编号 {r.Vehicle} 应 ≥ 1 / vehicle number {r.Vehicle} must be at least 1"), r.Day, r.Vehicle));
            }

            routes++;
            routesPerDay[r.Day]++;
            vehicles.Add(r.Vehicle);
            var d = r.Day - 1;
            double x = instance.DepotX, y = instance.DepotY, time = 0, load = 0;
            foreach (var number in r.Customers)
            {
                if (!byNumber.TryGetValue(number, out var c))
                {
                    violations.Add(new PeriodicViolation("unknown", string.Create(ci, $"第 {r.Day} 天车辆 {r.Vehicle}：没有客户 {number} / day {r.Day} vehicle {r.Vehicle}: no customer {number}"), r.Day, r.Vehicle, number));
                    continue;
                }

                var leg = Math.Sqrt((c.X - x) * (c.X - x) + (c.Y - y) * (c.Y - y));
                travel += leg;
                time += leg;
                arrivals.TryAdd(number, []);
                arrivals[number].Add(time);
                time += c.Service[d];
                service += c.Service[d];
                load += c.Demand[d];
                (x, y) = (c.X, c.Y);
                var bit = 1 << d;
                visitedDays.TryGetValue(number, out var seen);
                if ((seen & bit) != 0)
                {
                    violations.Add(new PeriodicViolation("repeated", string.Create(ci, $"客户 {number} 在第 {r.Day} 天被访问多次 / customer {number} visited more than once on day {r.Day}"), r.Day, r.Vehicle, number));
                }

                visitedDays[number] = seen | bit;
                vehicleOf.TryAdd(number, []);
                vehicleOf[number].Add(r.Vehicle);
            }

            var back = Math.Sqrt((instance.DepotX - x) * (instance.DepotX - x) + (instance.DepotY - y) * (instance.DepotY - y));
            travel += back;
            time += back;
            if (load > instance.Capacity[d] + Tolerance)
            {
                violations.Add(new PeriodicViolation("capacity", string.Create(ci, $"第 {r.Day} 天车辆 {r.Vehicle} 载重 {load} 超过容量 {instance.Capacity[d]} / day {r.Day} vehicle {r.Vehicle}: load {load} exceeds capacity {instance.Capacity[d]}"), r.Day, r.Vehicle, Value: load, Limit: instance.Capacity[d]));
            }

            if (time > instance.MaxDuration[d] + Tolerance * Math.Max(1, instance.MaxDuration[d]))
            {
                violations.Add(new PeriodicViolation("duration", string.Create(ci, $"第 {r.Day} 天车辆 {r.Vehicle} 时长 {time:0.00} 超过上限 {instance.MaxDuration[d]} / day {r.Day} vehicle {r.Vehicle}: duration {time:0.00} exceeds {instance.MaxDuration[d]}"), r.Day, r.Vehicle, Value: time, Limit: instance.MaxDuration[d]));
            }
        }

        if (instance.VehiclesPerDay is { } m)
        {
            for (var d = 1; d <= instance.Days; d++)
            {
                if (routesPerDay[d] > m)
                {
                    violations.Add(new PeriodicViolation("fleet", string.Create(ci, $"第 {d} 天有 {routesPerDay[d]} 条路线，上限 {m} / day {d}: {routesPerDay[d]} routes, at most {m}"), d, Value: routesPerDay[d], Limit: m));
                }
            }
        }

        foreach (var c in instance.Customers)
        {
            visitedDays.TryGetValue(c.Number, out var days);
            if (days == 0 && c.X == instance.DepotX && c.Y == instance.DepotY)
            {
                notes.Add(string.Create(ci, $"客户 {c.Number} 位于车场，未服务（行程为 0）/ customer {c.Number} sits on the depot and is left out (travel 0)"));
                continue;
            }

            if (days == 0 && c.Combinations.Count == 0)
            {
                continue;
            }

            if (days == 0)
            {
                violations.Add(new PeriodicViolation("missing", string.Create(ci, $"客户 {c.Number} 未被访问 / customer {c.Number} is never visited"), Customer: c.Number));
                continue;
            }

            if (!c.Combinations.Contains(days))
            {
                var seen = string.Join(',', Enumerable.Range(1, instance.Days).Where(d => (days & (1 << (d - 1))) != 0));
                violations.Add(new PeriodicViolation("combination", string.Create(ci, $"客户 {c.Number} 的访问日 {{{seen}}} 不是允许的组合 / customer {c.Number}: visit days {{{seen}}} are not an allowed combination"), Customer: c.Number));
            }

            if (consistent && vehicleOf[c.Number].Count > 1)
            {
                violations.Add(new PeriodicViolation("vehicle", string.Create(ci, $"客户 {c.Number} 由 {vehicleOf[c.Number].Count} 辆车服务 / customer {c.Number} is served by {vehicleOf[c.Number].Count} vehicles"), Customer: c.Number, Value: vehicleOf[c.Number].Count, Limit: 1));
            }
        }

        double maxSpread = 0;
        foreach (var (number, list) in arrivals)
        {
            var spread = list.Max() - list.Min();
            maxSpread = Math.Max(maxSpread, spread);
            if (consistent && arrivalLimit is { } limit && spread > limit + Tolerance * Math.Max(1, limit))
            {
                violations.Add(new PeriodicViolation("arrival-spread", string.Create(ci, $"客户 {number} 到达时间差 {spread:0.00} 超过 L = {limit} / customer {number}: arrival spread {spread:0.00} exceeds L = {limit}"), Customer: number, Value: spread, Limit: limit));
            }
        }

        var vehicleCount = instance.Kind == PeriodicKind.Pvrp ? routesPerDay.Max() : vehicles.Count;
        return new PeriodicCheck(travel, service, maxSpread, vehicleCount, routes, violations, notes);
    }
}
