using BenchmarkDotNet.Attributes;
using Logistics.Routing.Problem;
using Logistics.Routing.Search;
using Logistics.Routing.Search.Operators;

namespace Logistics.Benchmarks;

/// <summary>
/// Cost of evaluating one move with each operator on a random solution of a random instance (200 clients,
/// 20 routes). Evaluations only; nothing is applied, so every invocation sees the same state.
/// </summary>
[MemoryDiagnoser]
public class MoveEvaluationBenchmarks
{
    private const int Moves = 1024;
    private SearchState _state = null!;
    private INodeOperator _relocate = null!;
    private INodeOperator _swap = null!;
    private INodeOperator _twoOptStar = null!;
    private INodeOperator _twoOpt = null!;
    private SwapStar _swapStar = null!;
    private (int U, SearchRoute Rv, int Pv)[] _moves = [];
    private (SearchRoute A, SearchRoute B)[] _pairs = [];

    [Params(false, true)]
    public bool TimeWindows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = RandomProblem.Create(200, TimeWindows, seed: 1);
        var slots = Enumerable.Repeat(0, 20).ToArray();
        _state = new SearchState(data, slots) { Cost = new CostEvaluator(20, 20, 1) };
        var rng = new Random(1);
        var routes = Enumerable.Range(0, 20).Select(_ => new List<int>()).ToArray();
        for (int loc = data.NumDepots; loc < data.NumLocations; loc++)
        {
            routes[rng.Next(20)].Add(loc);
        }

        _state.Load(routes.Select(r => (IReadOnlyList<int>)r).ToArray());
        _relocate = new Exchange(_state, 1, 0);
        _swap = new Exchange(_state, 1, 1);
        _twoOptStar = new TwoOptStar(_state);
        _twoOpt = new TwoOpt(_state);
        _swapStar = new SwapStar(_state);
        _moves = new (int, SearchRoute, int)[Moves];
        for (int i = 0; i < Moves; i++)
        {
            int u = rng.Next(data.NumDepots, data.NumLocations);
            var rv = _state.Routes[rng.Next(20)];
            _moves[i] = (u, rv, rng.Next(rv.NumClients + 1));
        }

        _pairs = Enumerable.Range(0, 16).Select(i => (_state.Routes[i], _state.Routes[i + 1])).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Moves)]
    public long Relocate() => Run(_relocate);

    [Benchmark(OperationsPerInvoke = Moves)]
    public long Swap() => Run(_swap);

    [Benchmark(OperationsPerInvoke = Moves)]
    public long TwoOptStar() => Run(_twoOptStar);

    [Benchmark(OperationsPerInvoke = Moves)]
    public long TwoOptIntra() => Run(_twoOpt);

    /// <summary>Full SWAP* search between two routes of about 10 clients each, the best move evaluated exactly but not applied when it is not improving.</summary>
    [Benchmark(OperationsPerInvoke = 16)]
    public int SwapStarRoutePair()
    {
        int applied = 0;
        var fresh = _state.Export();
        foreach (var (a, b) in _pairs)
        {
            applied += _swapStar.Improve(a, b) ? 1 : 0;
        }

        _state.Load(fresh);
        return applied;
    }

    private long Run(INodeOperator op)
    {
        long sum = 0;
        foreach (var (u, rv, pv) in _moves)
        {
            sum += op.Evaluate(u, rv, pv);
        }

        return sum;
    }
}
