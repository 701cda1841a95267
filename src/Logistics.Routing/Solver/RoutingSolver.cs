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

        var searches = new GeneticSearch[options.Threads];
        for (int t = 0; t < searches.Length; t++)
        {
            searches[t] = new GeneticSearch(data, options.Parameters, servable, unchecked(options.Seed + 7919 * t), t);
        }

        if (searches.Length == 1)
        {
            searches[0].Run(ShouldStop, Elapsed, options.MaxIterations, progress);
        }
        else
        {
            Parallel.For(0, searches.Length, new ParallelOptions { MaxDegreeOfParallelism = searches.Length }, t =>
                searches[t].Run(ShouldStop, Elapsed, options.MaxIterations, progress));
        }

        GeneticSearch? winner = null;
        foreach (var s in searches)
        {
            if (s.Best is null)
            {
                continue;
            }

            if (winner is null
                || (s.Best.IsFeasible && !winner.Best!.IsFeasible)
                || (s.Best.IsFeasible == winner.Best!.IsFeasible && s.Best.PenalisedCost < winner.Best.PenalisedCost))
            {
                winner = s;
            }
        }

        Solution best;
        if (winner?.Best is { } ind)
        {
            best = Solution.Evaluate(data, ind.Routes
                .Select((r, i) => (winner.SlotTypes[i], (IReadOnlyList<int>)r.Select(loc => loc - data.NumDepots).ToArray()))
                .Where(r => r.Item2.Count > 0));
        }
        else
        {
            best = Solution.Evaluate(data, []);
        }

        var history = searches.SelectMany(s => s.History).OrderBy(h => h.Elapsed).ToList();
        return new SolveResult(
            best,
            unservable,
            searches.Sum(s => s.Iterations),
            Elapsed(),
            winner?.TimeToBest ?? TimeSpan.Zero,
            history);
    }
}
