namespace Logistics.Routing.Genetic;

/// <summary>
/// Adaptive penalty weights: each kind of violation (load, time warp, distance) is steered so that the share of
/// local-search outputs feasible for it approaches the target.
/// </summary>
internal sealed class PenaltyManager
{
    private readonly GeneticParameters _p;
    private readonly double[] _penalty = new double[3];
    private readonly int[] _feasibleCount = new int[3];
    private int _samples;

    public PenaltyManager(GeneticParameters parameters, double loadPenalty, double timeWarpPenalty, double distancePenalty)
    {
        _p = parameters;
        _penalty[0] = loadPenalty;
        _penalty[1] = timeWarpPenalty;
        _penalty[2] = distancePenalty;
    }

    public Search.CostEvaluator Evaluator(double factor = 1.0) =>
        new(Round(_penalty[0] * factor), Round(_penalty[1] * factor), Round(_penalty[2] * factor));

    public void Register(bool loadFeasible, bool timeFeasible, bool distanceFeasible)
    {
        if (loadFeasible) _feasibleCount[0]++;
        if (timeFeasible) _feasibleCount[1]++;
        if (distanceFeasible) _feasibleCount[2]++;
        _samples++;
    }

    /// <summary>Updates the weights when enough samples were registered; returns true when they changed.</summary>
    public bool UpdateIfDue()
    {
        if (_samples < _p.PenaltyUpdateInterval)
        {
            return false;
        }

        for (int k = 0; k < 3; k++)
        {
            double share = _feasibleCount[k] / (double)_samples;
            if (share < _p.TargetFeasible - 0.05)
            {
                _penalty[k] = Math.Min(_penalty[k] * _p.PenaltyIncrease, 1e9);
            }
            else if (share > _p.TargetFeasible + 0.05)
            {
                _penalty[k] = Math.Max(_penalty[k] * _p.PenaltyDecrease, 0.1);
            }

            _feasibleCount[k] = 0;
        }

        _samples = 0;
        return true;
    }

    private static long Round(double x) => Math.Max(1, (long)Math.Round(x));
}
