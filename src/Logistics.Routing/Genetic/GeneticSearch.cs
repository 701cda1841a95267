using Logistics.Routing.Problem;
using Logistics.Routing.Search;
using Logistics.Routing.Solver;

namespace Logistics.Routing.Genetic;

/// <summary>
/// Hybrid genetic search (Vidal 2012, 2022): feasible and infeasible sub-populations, binary tournament, OX crossover,
/// Split, granular local search as education, repair with tenfold penalties, adaptive penalties, restarts.
/// One instance is single-threaded and deterministic for a seed and an iteration limit.
/// </summary>
internal sealed class GeneticSearch
{
    private readonly ProblemData _data;
    private readonly GeneticParameters _p;
    private readonly bool[] _servable;
    private readonly int[] _slotTypes;
    private readonly Random _rng;
    private readonly int _threads;
    private readonly System.Collections.Concurrent.ConcurrentBag<(LocalSearch Search, Split Split)> _workers = [];
    private readonly PenaltyManager _penalties;
    private readonly SubPopulation _feasible;
    private readonly SubPopulation _infeasible;
    private readonly int[] _servableClients;
    private readonly Offspring[] _batch;

    /// <param name="threads">Offspring educated in parallel per round (one local search per thread).</param>
    public GeneticSearch(ProblemData data, GeneticParameters parameters, bool[] servable, int seed, int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _data = data;
        _p = parameters;
        _servable = servable;
        _rng = new Random(seed);
        _servableClients = Enumerable.Range(data.NumDepots, data.NumClients).Where(l => servable[l]).ToArray();
        int maxSlots = Math.Max(1, _servableClients.Length);
        var slots = new List<int>();
        for (int t = 0; t < data.VehicleTypes.Count; t++)
        {
            for (int k = 0; k < Math.Min(data.VehicleTypes[t].Count, maxSlots); k++)
            {
                slots.Add(t);
            }
        }

        _slotTypes = slots.ToArray();
        var neighbours = Neighbourhood.Compute(data, parameters.NumNeighbours, servable);
        _threads = threads;
        _batch = new Offspring[threads == 1 ? 1 : 2 * threads];
        for (int t = 0; t < threads; t++)
        {
            _workers.Add((new LocalSearch(data, _slotTypes, neighbours, servable, parameters.UseSwapStar, parameters.SwapStarSectorFilter), new Split(data, _slotTypes)));
        }

        _penalties = new PenaltyManager(parameters, InitialLoadPenalty(data), 1.0, 1.0);
        _feasible = new SubPopulation(data.NumDepots, parameters);
        _infeasible = new SubPopulation(data.NumDepots, parameters);
    }

    public IReadOnlyList<int> SlotTypes => _slotTypes;

    public Individual? Best { get; private set; }

    /// <summary>Number of times the population was restarted after <see cref="GeneticParameters.IterationsWithoutImprovement"/>.</summary>
    public int Restarts { get; private set; }

    private Individual? _bestSinceRestart;

    public TimeSpan TimeToBest { get; private set; }

    public long Iterations { get; private set; }

    public List<ProgressReport> History { get; } = [];

    /// <summary>
    /// Runs until <paramref name="shouldStop"/> or the iteration limit. Each round makes one offspring (two per thread
    /// when there are several) from the population as it stands (the main random stream draws the parents and a seed
    /// per offspring), educates them in parallel, then adds them in a fixed order. Education depends on the offspring
    /// and its seed only, whichever thread does it, so the result depends on the seed and the thread count only.
    /// </summary>
    public void Run(Func<bool> shouldStop, Func<TimeSpan> elapsed, long? maxIterations, IProgress<ProgressReport>? progress)
    {
        long sinceImprovement = 0;
        long initial = _p.InitialPopulationSize;
        while (!shouldStop() && (maxIterations is null || Iterations < maxIterations))
        {
            int count = (int)Math.Min(_batch.Length, maxIterations is { } max ? max - Iterations : long.MaxValue);
            var cost = _penalties.Evaluator();
            var repairCost = _penalties.Evaluator(10);
            for (int k = 0; k < count; k++)
            {
                long iteration = Iterations + k + 1;
                int[] tour;
                if (iteration <= initial || _feasible.Count + _infeasible.Count < 2)
                {
                    // Alternate random tours and randomised nearest-neighbour tours: the latter are much cheaper to
                    // educate on large instances.
                    tour = iteration % 2 == 0 ? NearestNeighbourTour() : RandomTour();
                }
                else
                {
                    var a = Tournament();
                    var b = Tournament();
                    tour = OrderCrossover.Cross(a.GiantTour, b.GiantTour, _data.NumLocations, _rng, _p.GiantTourByAngle && _data.HasCoordinates);
                }

                _batch[k] = new Offspring(tour, _rng.Next(), cost, repairCost);
            }

            if (count == 1)
            {
                Educate(0);
            }
            else
            {
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = _threads }, Educate);
            }

            for (int k = 0; k < count; k++)
            {
                Iterations++;
                var o = _batch[k];
                RegisterFeasibility(o.Educated!);
                bool improved = Add(o.Educated!, elapsed, progress);
                if (o.Repaired is { IsFeasible: true } repaired)
                {
                    improved |= Add(repaired, elapsed, progress);
                }

                sinceImprovement = improved ? 0 : sinceImprovement + 1;
                if (_penalties.UpdateIfDue())
                {
                    var newCost = _penalties.Evaluator();
                    foreach (var ind in _infeasible.Items)
                    {
                        ind.Recost(_data, newCost);
                    }
                }

                if (sinceImprovement >= _p.IterationsWithoutImprovement && Iterations > initial)
                {
                    _feasible.Clear();
                    _infeasible.Clear();
                    _bestSinceRestart = null;
                    Restarts++;
                    sinceImprovement = 0;
                    initial = Iterations + _p.InitialPopulationSize;
                }
            }
        }
    }

    /// <summary>Split and local search of one offspring of the round, on whichever local search is free.</summary>
    private void Educate(int k)
    {
        var o = _batch[k];
        var rng = new Random(o.Seed);
        if (!_workers.TryTake(out var worker))
        {
            throw new InvalidOperationException("More educations at once than local searches.");
        }

        try
        {
            var ls = worker.Search;
            var improvedRoutes = ls.Run(worker.Split.Run(o.Tour, o.Cost), o.Cost, rng);
            o.Educated = new Individual(_data, _slotTypes, improvedRoutes, o.Cost, _servable, _p.GiantTourByAngle);
            if (!o.Educated.IsFeasible && rng.NextDouble() < _p.RepairProbability)
            {
                var repaired = ls.Run(improvedRoutes, o.RepairCost, rng);
                o.Repaired = new Individual(_data, _slotTypes, repaired, o.Cost, _servable, _p.GiantTourByAngle);
            }
        }
        finally
        {
            _workers.Add(worker);
        }
    }

    /// <summary>An offspring of the current round: its giant tour and random seed, and what education made of it.</summary>
    private sealed class Offspring(int[] tour, int seed, CostEvaluator cost, CostEvaluator repairCost)
    {
        public int[] Tour { get; } = tour;

        public int Seed { get; } = seed;

        public CostEvaluator Cost { get; } = cost;

        public CostEvaluator RepairCost { get; } = repairCost;

        public Individual? Educated { get; set; }

        public Individual? Repaired { get; set; }
    }

    /// <summary>
    /// Adds to its sub-population; returns true when it is the best since the last restart (HGS-CVRP counts the
    /// iterations without improvement against that, so a restarted population gets its full 20 000 iterations).
    /// </summary>
    private bool Add(Individual ind, Func<TimeSpan> elapsed, IProgress<ProgressReport>? progress)
    {
        (ind.IsFeasible ? _feasible : _infeasible).Add(ind);
        bool restartBest = IsBetter(ind, _bestSinceRestart);
        if (restartBest)
        {
            _bestSinceRestart = ind;
        }

        if (IsBetter(ind, Best))
        {
            Best = ind;
            TimeToBest = elapsed();
            var report = new ProgressReport(TimeToBest, Iterations, ind.PenalisedCost, ind.IsFeasible);
            History.Add(report);
            progress?.Report(report);
        }

        return restartBest;
    }

    private static bool IsBetter(Individual candidate, Individual? incumbent)
    {
        if (incumbent is null)
        {
            return true;
        }

        if (candidate.IsFeasible != incumbent.IsFeasible)
        {
            return candidate.IsFeasible;
        }

        return candidate.PenalisedCost < incumbent.PenalisedCost;
    }

    private void RegisterFeasibility(Individual ind)
    {
        bool load = true, time = true, dist = true;
        for (int r = 0; r < ind.Routes.Length; r++)
        {
            var s = ind.Stats[r];
            if (s.NumClients == 0)
            {
                continue;
            }

            var v = _data.VehicleTypes[_slotTypes[r]];
            load &= s.ExcessLoad == 0;
            time &= s.TimeWarp == 0 && s.Duration <= v.MaxDuration;
            dist &= s.Distance <= v.MaxDistance;
        }

        _penalties.Register(load, time, dist);
    }

    private Individual Tournament()
    {
        _feasible.UpdateFitness();
        _infeasible.UpdateFitness();
        int total = _feasible.Count + _infeasible.Count;
        Individual Pick()
        {
            int k = _rng.Next(total);
            return k < _feasible.Count ? _feasible.Items[k] : _infeasible.Items[k - _feasible.Count];
        }

        var a = Pick();
        var b = Pick();
        return a.Fitness <= b.Fitness ? a : b;
    }

    private int[] RandomTour()
    {
        var tour = (int[])_servableClients.Clone();
        for (int i = tour.Length - 1; i > 0; i--)
        {
            int j = _rng.Next(i + 1);
            (tour[i], tour[j]) = (tour[j], tour[i]);
        }

        return tour;
    }

    /// <summary>A giant tour that starts at a random client and moves to one of the three nearest unvisited clients.</summary>
    private int[] NearestNeighbourTour()
    {
        int n = _servableClients.Length;
        var tour = new int[n];
        if (n == 0)
        {
            return tour;
        }

        var dist = _data.DistanceMatrix(_data.VehicleTypes[0].Profile);
        int nl = _data.NumLocations;
        var visited = new bool[nl];
        Span<int> best = stackalloc int[3];
        Span<long> bestD = stackalloc long[3];
        int current = _servableClients[_rng.Next(n)];
        for (int k = 0; k < n; k++)
        {
            tour[k] = current;
            visited[current] = true;
            if (k == n - 1)
            {
                break;
            }

            bestD.Fill(long.MaxValue);
            best.Fill(-1);
            foreach (int c in _servableClients)
            {
                if (visited[c])
                {
                    continue;
                }

                long d = dist[current * nl + c];
                for (int i = 0; i < 3; i++)
                {
                    if (d < bestD[i])
                    {
                        for (int j = 2; j > i; j--)
                        {
                            bestD[j] = bestD[j - 1];
                            best[j] = best[j - 1];
                        }

                        bestD[i] = d;
                        best[i] = c;
                        break;
                    }
                }
            }

            int options = best[2] >= 0 ? 3 : best[1] >= 0 ? 2 : 1;
            current = best[_rng.Next(options)];
        }

        return tour;
    }

    private static double InitialLoadPenalty(ProblemData data)
    {
        long maxDist = 0;
        for (int i = 0; i < data.NumLocations; i++)
        {
            for (int j = 0; j < data.NumLocations; j++)
            {
                maxDist = Math.Max(maxDist, data.Distance(data.VehicleTypes[0].Profile, i, j));
            }
        }

        long maxDemand = 1;
        for (int k = 0; k < data.Delivery.Length; k++)
        {
            maxDemand = Math.Max(maxDemand, Math.Max(data.Delivery[k], data.Pickup[k]));
        }

        return Math.Max(1.0, (double)maxDist / maxDemand);
    }
}
