using System.Diagnostics;
using BenchmarkDotNet.Running;
using Logistics.Routing.Benchmarks;
using Logistics.Routing.Genetic;
using Logistics.Routing.Search;
using Logistics.Routing.Solver;

// Micro-benchmarks of move evaluation:
//   dotnet run -c Release --project benchmarks/Logistics.Benchmarks -- --filter '*'
// Solver throughput (iterations per second: SWAP* with and without the sector filter, then without SWAP*) on one instance file:
//   dotnet run -c Release --project benchmarks/Logistics.Benchmarks -- throughput PATH ITERATIONS
// Solution-quality runs are made with the CLI (`logistics bench`), see benchmarks/README.md.
if (args.Length == 3 && args[0] == "throughput")
{
    var instance = BenchmarkReader.Read(args[1]);
    long iterations = long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);

    // Warm-up (JIT) with every configuration so that the first measured one does not pay for it.
    foreach (bool swapStar in new[] { true, false })
    {
        RoutingSolver.Solve(instance.Data, new SolverOptions { Seed = 1, MaxIterations = 5, Parameters = new GeneticParameters { UseSwapStar = swapStar } });
    }

    foreach (var (swapStar, sectors) in new[] { (true, true), (true, false), (false, true) })
    {
        if (swapStar && !sectors && !instance.Data.HasCoordinates)
        {
            continue;
        }

        var options = new SolverOptions { Seed = 1, MaxIterations = iterations, Parameters = new GeneticParameters { UseSwapStar = swapStar, SwapStarSectorFilter = sectors } };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = RoutingSolver.Solve(instance.Data, options);
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{instance.Name} SWAP* {swapStar}{(swapStar && instance.Data.HasCoordinates ? $" sector filter {sectors}" : string.Empty)}: {result.Iterations} iterations, wall {result.Elapsed.TotalSeconds:0.00} s, cpu {used.TotalSeconds:0.00} s, {result.Iterations / used.TotalSeconds:0} it/cpu-s, cost {instance.Published(result.Best.Cost)}");
    }

    return;
}

// Route pairs SWAP* would try on a solution (found with ITERATIONS iterations), with and without the sector filter:
//   dotnet run -c Release --project benchmarks/Logistics.Benchmarks -- sectorpairs PATH ITERATIONS
if (args.Length == 3 && args[0] == "sectorpairs")
{
    var instance = BenchmarkReader.Read(args[1]);
    var data = instance.Data;
    var options = new SolverOptions { Seed = 1, MaxIterations = long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) };
    var result = RoutingSolver.Solve(data, options);
    var slots = result.Best.Routes.Select(r => r.VehicleType).ToList();
    var routes = result.Best.Routes.Select(r => (IReadOnlyList<int>)r.Clients.Select(data.LocationOfClient).ToList()).ToList();
    var servable = Enumerable.Repeat(true, data.NumLocations).ToArray();
    var neighbours = Neighbourhood.Compute(data, new GeneticParameters().NumNeighbours, servable);
    int Pairs(bool filter)
    {
        var ls = new LocalSearch(data, slots, neighbours, servable, swapStar: true, sectorFilter: filter);
        ls.State.Cost = new CostEvaluator(1, 1, 1);
        ls.State.Load(routes);
        return ls.CollectRoutePairs().Distinct().Count();
    }

    int n = routes.Count;
    Console.WriteLine($"{instance.Name}: {n} routes ({n * (n - 1) / 2} pairs), neighbour-linked pairs {Pairs(false)}, of which sectors overlap {Pairs(true)}");
    return;
}

// One timed run without the CLI (handy when other projects of the solution do not build):
//   dotnet run -c Release --project benchmarks/Logistics.Benchmarks -- timed PATH SECONDS [SEED [THREADS]]
if (args.Length >= 3 && args[0] == "timed")
{
    var instance = BenchmarkReader.Read(args[1]);
    var options = new SolverOptions
    {
        Seed = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1,
        TimeLimit = TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
        Threads = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1,
    };
    var result = RoutingSolver.Solve(instance.Data, options);
    Console.WriteLine($"{instance.Name}: cost {instance.Published(result.Best.Cost)}, {result.Best.NumRoutes} routes, feasible {result.Best.IsFeasible}, {result.Iterations} iterations, time to best {result.TimeToBest.TotalSeconds:0.0} s");
    return;
}

// Speed at fixed work: the same seed and iteration count give the same search, so wall and CPU time compare code versions:
//   dotnet run -c Release --project benchmarks/Logistics.Benchmarks -- iterations PATH ITERATIONS [SEED [THREADS]]
if (args.Length >= 3 && args[0] == "iterations")
{
    var instance = BenchmarkReader.Read(args[1]);
    var options = new SolverOptions
    {
        Seed = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1,
        MaxIterations = long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
        Threads = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1,
    };
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var result = RoutingSolver.Solve(instance.Data, options);
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine($"{instance.Name}: cost {instance.Published(result.Best.Cost)}, {result.Iterations} iterations, wall {result.Elapsed.TotalSeconds:0.00} s, cpu {used.TotalSeconds:0.00} s");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Logistics.Benchmarks.MoveEvaluationBenchmarks).Assembly).Run(args);
