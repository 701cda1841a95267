using System.Diagnostics;
using BenchmarkDotNet.Running;
using Logistics.Routing.Benchmarks;
using Logistics.Routing.Genetic;
using Logistics.Routing.Solver;

// Micro-benchmarks of move evaluation:
//   dotnet run -c Release --project benchmarks/Logistics.Benchmarks -- --filter '*'
// Solver throughput (iterations per second with and without SWAP*) on one instance file:
//   dotnet run -c Release --project benchmarks/Logistics.Benchmarks -- throughput PATH ITERATIONS
// Solution-quality runs are made with the CLI (`logistics bench`), see benchmarks/README.md.
if (args.Length == 3 && args[0] == "throughput")
{
    var instance = BenchmarkReader.Read(args[1]);
    long iterations = long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    foreach (bool swapStar in new[] { true, false })
    {
        var options = new SolverOptions { Seed = 1, MaxIterations = iterations, Parameters = new GeneticParameters { UseSwapStar = swapStar } };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = RoutingSolver.Solve(instance.Data, options);
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{instance.Name} SWAP* {swapStar}: {result.Iterations} iterations, wall {result.Elapsed.TotalSeconds:0.00} s, cpu {used.TotalSeconds:0.00} s, {result.Iterations / used.TotalSeconds:0} it/cpu-s, cost {instance.Published(result.Best.Cost)}");
    }

    return;
}

// One timed run without the CLI (handy when other projects of the solution do not build):
//   dotnet run -c Release --project benchmarks/Logistics.Benchmarks -- timed PATH SECONDS [SEED]
if (args.Length >= 3 && args[0] == "timed")
{
    var instance = BenchmarkReader.Read(args[1]);
    var options = new SolverOptions
    {
        Seed = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1,
        TimeLimit = TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    };
    var result = RoutingSolver.Solve(instance.Data, options);
    Console.WriteLine($"{instance.Name}: cost {instance.Published(result.Best.Cost)}, {result.Best.NumRoutes} routes, feasible {result.Best.IsFeasible}, {result.Iterations} iterations, time to best {result.TimeToBest.TotalSeconds:0.0} s");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Logistics.Benchmarks.MoveEvaluationBenchmarks).Assembly).Run(args);
