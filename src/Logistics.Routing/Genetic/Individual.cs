using Logistics.Routing.Problem;
using Logistics.Routing.Search;

namespace Logistics.Routing.Genetic;

/// <summary>A solution in the population: client locations per vehicle slot, route statistics, and the predecessor and successor of each client (for the broken-pairs distance).</summary>
internal sealed class Individual
{
    public Individual(ProblemData data, IReadOnlyList<int> slotTypes, int[][] routes, CostEvaluator cost, bool[] servable, bool giantTourByAngle = true)
    {
        Routes = routes;
        SlotTypes = slotTypes;
        Stats = new RouteStats[routes.Length];
        var acc = new RouteAccumulator(data);
        Succ = new int[data.NumLocations];
        Pred = new int[data.NumLocations];
        Array.Fill(Succ, -2);
        Array.Fill(Pred, -2);
        bool feasible = true;
        for (int r = 0; r < routes.Length; r++)
        {
            var vehicle = data.VehicleTypes[slotTypes[r]];
            acc.Reset(vehicle);
            var route = routes[r];
            for (int i = 0; i < route.Length; i++)
            {
                acc.Add(route[i]);
                Pred[route[i]] = i == 0 ? -1 : route[i - 1];
                Succ[route[i]] = i == route.Length - 1 ? -1 : route[i + 1];
            }

            Stats[r] = acc.Stats();
            if (route.Length > 0 && !Stats[r].IsFeasible(vehicle))
            {
                feasible = false;
            }
        }

        long prizes = 0;
        for (int loc = data.NumDepots; loc < data.NumLocations; loc++)
        {
            if (Succ[loc] == -2)
            {
                prizes += data.Prize[loc];
                if (data.IsRequired[loc] && servable[loc])
                {
                    feasible = false;
                }
            }
        }

        UncollectedPrizes = prizes;
        IsFeasible = feasible;
        GiantTour = BuildGiantTour(data, slotTypes, routes, giantTourByAngle);
        Recost(data, cost);
    }

    public int[][] Routes { get; }

    public IReadOnlyList<int> SlotTypes { get; }

    public RouteStats[] Stats { get; }

    public int[] Succ { get; }

    public int[] Pred { get; }

    public int[] GiantTour { get; }

    public bool IsFeasible { get; }

    public long UncollectedPrizes { get; }

    /// <summary>Penalised cost under the evaluator last passed to <see cref="Recost"/>.</summary>
    public long PenalisedCost { get; private set; }

    /// <summary>Biased fitness within its sub-population (lower is better).</summary>
    public double Fitness { get; set; }

    public List<(double Distance, Individual Other)> Proximity { get; } = [];

    public void Recost(ProblemData data, CostEvaluator cost)
    {
        long total = UncollectedPrizes;
        for (int r = 0; r < Routes.Length; r++)
        {
            total += cost.RouteCost(Stats[r], data.VehicleTypes[SlotTypes[r]]);
        }

        PenalisedCost = total;
    }

    /// <summary>
    /// The routes' clients in one sequence for crossover. With coordinates, routes go in the order of the polar angle
    /// of their clients' barycentre around their start depot (HGS-CVRP), so that a slice of the tour is a sector of
    /// neighbouring routes and OX keeps geographically coherent parts of a parent; without coordinates (or with
    /// <paramref name="byAngle"/> false), in slot order.
    /// </summary>
    internal static int[] BuildGiantTour(ProblemData data, IReadOnlyList<int> slotTypes, int[][] routes, bool byAngle = true)
    {
        var order = new int[routes.Length];
        for (int r = 0; r < order.Length; r++)
        {
            order[r] = r;
        }

        if (byAngle && data.HasCoordinates)
        {
            var angle = new double[routes.Length];
            for (int r = 0; r < routes.Length; r++)
            {
                var route = routes[r];
                if (route.Length == 0)
                {
                    angle[r] = double.MaxValue;
                    continue;
                }

                int depot = data.VehicleTypes[slotTypes[r]].StartDepot;
                double sx = 0, sy = 0;
                foreach (int loc in route)
                {
                    sx += data.X(loc)!.Value;
                    sy += data.Y(loc)!.Value;
                }

                angle[r] = Math.Atan2((sy / route.Length) - data.Y(depot)!.Value, (sx / route.Length) - data.X(depot)!.Value);
            }

            // Ties keep slot order, so the tour is a function of the routes only.
            order = order.OrderBy(r => angle[r]).ThenBy(r => r).ToArray();
        }

        var tour = new int[routes.Sum(r => r.Length)];
        int k = 0;
        foreach (int r in order)
        {
            routes[r].CopyTo(tour, k);
            k += routes[r].Length;
        }

        return tour;
    }

    /// <summary>Broken-pairs distance (Prins 2009) normalised by the number of clients.</summary>
    public double BrokenPairsDistance(Individual other, int numDepots)
    {
        int broken = 0;
        int n = Succ.Length - numDepots;
        for (int j = numDepots; j < Succ.Length; j++)
        {
            if (Succ[j] != other.Succ[j] && Succ[j] != other.Pred[j])
            {
                broken++;
            }

            if (Pred[j] == -1 && other.Pred[j] != -1 && other.Succ[j] != -1)
            {
                broken++;
            }
        }

        return n == 0 ? 0 : (double)broken / n;
    }

    public double AverageClosestDistance(int k)
    {
        int m = Math.Min(k, Proximity.Count);
        if (m == 0)
        {
            return 0;
        }

        double sum = 0;
        for (int i = 0; i < m; i++)
        {
            sum += Proximity[i].Distance;
        }

        return sum / m;
    }
}
