using System.Diagnostics;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Solves a periodic instance (PVRP or ConVRP) in free or consistent mode within <see cref="PeriodicOptions.TimeLimit"/>,
/// routing with our engine, and checks the answer with <see cref="PeriodicChecker"/>. Deterministic for a seed up to the
/// wall-clock budget. PVRP consistent mode first chooses combinations in free mode (half the budget) and keeps them.
/// </summary>
public static class PeriodicPlanner
{
    public static PeriodicResult Solve(PeriodicInstance instance, PeriodicMode mode, PeriodicOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var matrix = new PeriodicMatrix(instance);
        var free = new FreeSearch(matrix, options, clock, cancellationToken);
        PeriodicSolution solution;
        var omitted = free.Omitted;
        if (mode == PeriodicMode.Free || instance.Kind == PeriodicKind.Pvrp)
        {
            var budget = mode == PeriodicMode.Free ? options.TimeLimit : options.TimeLimit / 2;
            free.Run(budget);
            omitted = free.Omitted;
        }

        if (mode == PeriodicMode.Free)
        {
            var routes = new List<PeriodicRoute>();
            for (var d = 0; d < instance.Days; d++)
            {
                var day = free.Days[d] ?? [];
                routes.AddRange(day.Select((r, k) => new PeriodicRoute(d + 1, k + 1, Numbers(instance, r))));
            }

            solution = new PeriodicSolution(routes, omitted.Select(c => instance.Customers[c].Number).ToArray());
        }
        else
        {
            var masks = instance.Kind == PeriodicKind.Pvrp
                ? free.Masks
                : instance.Customers.Select(c => c.Combinations.Count == 0 ? 0 : c.Combinations[0]).ToArray();
            var template = new TemplateSearch(matrix, masks, options.ArrivalLimit, options, clock, cancellationToken);
            template.Run(options.TimeLimit);
            var routes = new List<PeriodicRoute>();
            for (var k = 0; k < template.Templates.Count; k++)
            {
                for (var d = 0; d < instance.Days; d++)
                {
                    var day = template.Templates[k].Where(c => DayMask.Has(masks[c], d + 1)).ToList();
                    if (day.Count > 0)
                    {
                        routes.Add(new PeriodicRoute(d + 1, k + 1, Numbers(instance, day)));
                    }
                }
            }

            solution = new PeriodicSolution(routes, omitted.Select(c => instance.Customers[c].Number).ToArray());
        }

        var check = PeriodicChecker.Check(instance, solution, mode == PeriodicMode.Consistent, mode == PeriodicMode.Consistent ? options.ArrivalLimit : null);
        return new PeriodicResult(solution, check, mode, clock.Elapsed);
    }

    private static int[] Numbers(PeriodicInstance instance, IEnumerable<int> route) => route.Select(c => instance.Customers[c].Number).ToArray();
}
