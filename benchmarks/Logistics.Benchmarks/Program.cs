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

BenchmarkSwitcher.FromAssembly(typeof(Logistics.Benchmarks.MoveEvaluationBenchmarks).Assembly).Run(args);
