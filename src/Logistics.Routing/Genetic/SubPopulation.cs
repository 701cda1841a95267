namespace Logistics.Routing.Genetic;

/// <summary>
/// One sub-population (feasible or infeasible) with HGS survivor selection: biased fitness combines the cost rank
/// and the diversity rank (average broken-pairs distance to the closest individuals); clones go first.
/// </summary>
internal sealed class SubPopulation
{
    private readonly List<Individual> _items = [];
    private readonly int _numDepots;
    private readonly GeneticParameters _p;

    public SubPopulation(int numDepots, GeneticParameters parameters)
    {
        _numDepots = numDepots;
        _p = parameters;
    }

    public IReadOnlyList<Individual> Items => _items;

    public int Count => _items.Count;

    public void Add(Individual ind)
    {
        foreach (var other in _items)
        {
            double d = ind.BrokenPairsDistance(other, _numDepots);
            Insert(ind.Proximity, d, other);
            Insert(other.Proximity, d, ind);
        }

        _items.Add(ind);
        if (_items.Count > _p.MinPopulationSize + _p.GenerationSize)
        {
            while (_items.Count > _p.MinPopulationSize)
            {
                RemoveWorst();
            }
        }
    }

    public void Clear() => _items.Clear();

    /// <summary>Re-sorts after penalised costs changed.</summary>
    public void UpdateFitness()
    {
        int n = _items.Count;
        if (n == 0)
        {
            return;
        }

        if (n == 1)
        {
            _items[0].Fitness = 0;
            return;
        }

        var byCost = _items.OrderBy(i => i.PenalisedCost).ToList();
        var diversity = new double[n];
        for (int i = 0; i < n; i++)
        {
            diversity[i] = -byCost[i].AverageClosestDistance(_p.NumClose);
        }

        var divRank = new int[n];
        var order = Enumerable.Range(0, n).OrderBy(i => diversity[i]).ThenBy(i => i).ToArray();
        for (int r = 0; r < n; r++)
        {
            divRank[order[r]] = r;
        }

        double eliteWeight = 1.0 - Math.Min(_p.NumElite, n) / (double)n;
        for (int i = 0; i < n; i++)
        {
            byCost[i].Fitness = i / (double)(n - 1) + eliteWeight * divRank[i] / (double)(n - 1);
        }
    }

    private void RemoveWorst()
    {
        UpdateFitness();
        Individual? worst = null;
        bool worstIsClone = false;
        foreach (var ind in _items)
        {
            bool clone = ind.Proximity.Count > 0 && ind.Proximity[0].Distance <= 1e-12;
            if (worst is null || (clone && !worstIsClone) || (clone == worstIsClone && ind.Fitness > worst.Fitness))
            {
                worst = ind;
                worstIsClone = clone;
            }
        }

        _items.Remove(worst!);
        foreach (var other in _items)
        {
            other.Proximity.RemoveAll(p => ReferenceEquals(p.Other, worst));
        }
    }

    private static void Insert(List<(double Distance, Individual Other)> list, double d, Individual other)
    {
        int i = 0;
        while (i < list.Count && list[i].Distance <= d)
        {
            i++;
        }

        list.Insert(i, (d, other));
    }
}
