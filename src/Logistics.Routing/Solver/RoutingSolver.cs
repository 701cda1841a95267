using Logistics.Routing.Genetic;
using Logistics.Routing.Problem;
using Logistics.Routing.Solutions;

namespace Logistics.Routing.Solver;

/// <summary>
/// Entry point: screens out clients no vehicle can serve (reported with reasons), then runs the hybrid genetic
/// search until the time limit, the iteration limit or cancellation.
/// </summary>
public static class RoutingSolver
{
    public static SolveResult Solve(
        ProblemData data,
        SolverOptions options,
        IProgress<ProgressReport>? progress = null,
        CancellationToken cancellationToken = default,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Threads must be at least 1.");
        }

        var time = timeProvider ?? TimeProvider.System;
        long started = time.GetTimestamp();
        TimeSpan Elapsed() => time.GetElapsedTime(started);

        var unservable = FeasibilityScreen.Check(data);
        var servable = new bool[data.NumLocations];
        for (int c = 0; c < data.NumClients; c++)
        {
            servable[data.LocationOfClient(c)] = true;
        }

        foreach (var u in unservable)
        {
            servable[data.LocationOfClient(u.Client)] = false;
        }

        bool ShouldStop() => cancellationToken.IsCancellationRequested
            || (options.TimeLimit is { } limit && Elapsed() >= limit);

        var search = new GeneticSearch(data, options.Parameters, servable, options.Seed, options.Threads);
        search.Run(ShouldStop, Elapsed, options.MaxIterations, progress);

        Solution best;
        if (search.Best is { } ind)
        {
            best = Solution.Evaluate(data, ind.Routes
                .Select((r, i) => (search.SlotTypes[i], (IReadOnlyList<int>)r.Select(loc => loc - data.NumDepots).ToArray()))
                .Where(r => r.Item2.Count > 0));
        }
        else
        {
            best = Solution.Evaluate(data, []);
        }

        return new SolveResult(
            best,
            unservable,
            search.Iterations,
            Elapsed(),
            search.TimeToBest,
            search.History.ToList());
    }
}
