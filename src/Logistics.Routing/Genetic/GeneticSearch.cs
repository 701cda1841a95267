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
    private readonly LocalSearch _ls;
    private readonly Split _split;
    private readonly PenaltyManager _penalties;
    private readonly SubPopulation _feasible;
    private readonly SubPopulation _infeasible;
    private readonly int _thread;
    private readonly int[] _servableClients;

    public GeneticSearch(ProblemData data, GeneticParameters parameters, bool[] servable, int seed, int thread)
    {
        _data = data;
        _p = parameters;
        _servable = servable;
        _thread = thread;
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
        _ls = new LocalSearch(data, _slotTypes, neighbours, servable, parameters.UseSwapStar, parameters.SwapStarSectorFilter);
        _split = new Split(data, _slotTypes);
        _penalties = new PenaltyManager(parameters, InitialLoadPenalty(data), 1.0, 1.0);
        _feasible = new SubPopulation(data.NumDepots, parameters);
        _infeasible = new SubPopulation(data.NumDepots, parameters);
    }

    public IReadOnlyList<int> SlotTypes => _slotTypes;

    public Individual? Best { get; private set; }

    public TimeSpan TimeToBest { get; private set; }

    public long Iterations { get; private set; }

    public List<ProgressReport> History { get; } = [];

    public void Run(Func<bool> shouldStop, Func<TimeSpan> elapsed, long? maxIterations, IProgress<ProgressReport>? progress)
    {
        long sinceImprovement = 0;
        int initial = _p.InitialPopulationSize;
        while (!shouldStop() && (maxIterations is null || Iterations < maxIterations))
        {
            Iterations++;
            int[] tour;
            bool fromScratch = Iterations <= initial || _feasible.Count + _infeasible.Count < 2;
            if (fromScratch)
            {
                // Alternate random tours and randomised nearest-neighbour tours: the latter are much cheaper to
                // educate on large instances.
                tour = Iterations % 2 == 0 ? NearestNeighbourTour() : RandomTour();
            }
            else
            {
                var a = Tournament();
                var b = Tournament();
                tour = OrderCrossover.Cross(a.GiantTour, b.GiantTour, _data.NumLocations, _rng);
            }

            var cost = _penalties.Evaluator();
            bool improved = Educate(_split.Run(tour, cost), cost, elapsed, progress);
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
                sinceImprovement = 0;
                initial = (int)Math.Min(int.MaxValue, Iterations + _p.InitialPopulationSize);
            }
        }
    }

    private bool Educate(int[][] routes, CostEvaluator cost, Func<TimeSpan> elapsed, IProgress<ProgressReport>? progress)
    {
        var improvedRoutes = _ls.Run(routes, cost, _rng);
        var ind = new Individual(_data, _slotTypes, improvedRoutes, cost, _servable);
        RegisterFeasibility(ind);
        bool improved = Add(ind, elapsed, progress);
        if (!ind.IsFeasible && _rng.NextDouble() < _p.RepairProbability)
        {
            var repaired = _ls.Run(improvedRoutes, _penalties.Evaluator(10), _rng);
            var fixedInd = new Individual(_data, _slotTypes, repaired, cost, _servable);
            if (fixedInd.IsFeasible)
            {
                improved |= Add(fixedInd, elapsed, progress);
            }
        }

        return improved;
    }

    private bool Add(Individual ind, Func<TimeSpan> elapsed, IProgress<ProgressReport>? progress)
    {
        (ind.IsFeasible ? _feasible : _infeasible).Add(ind);
        if (IsBetter(ind, Best))
        {
            Best = ind;
            TimeToBest = elapsed();
            var report = new ProgressReport(TimeToBest, Iterations, ind.PenalisedCost, ind.IsFeasible, _thread);
            History.Add(report);
            progress?.Report(report);
            return true;
        }

        return false;
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
