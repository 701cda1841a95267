using System.Globalization;
using Logistics.Routing.Solutions;

namespace Logistics.Routing.Benchmarks;

/// <summary>
/// Writes a solution in the CVRPLIB <c>.sol</c> style: <c>Route #k: c1 c2 …</c> with the family's client numbers, then
/// <c>Cost &lt;value&gt;</c> in published units.
/// </summary>
public static class SolutionFileWriter
{
    public static void Write(TextWriter writer, BenchmarkInstance instance, Solution solution)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(solution);
        int k = 1;
        foreach (var route in solution.Routes)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"Route #{k++}:"));
            foreach (int c in route.Clients)
            {
                writer.Write(' ');
                writer.Write(instance.ClientNumbers[c].ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteLine();
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cost {FormatCost(instance, solution.Cost)}"));
    }

    public static string FormatCost(BenchmarkInstance instance, long cost) =>
        instance.CostScale == 1.0
            ? cost.ToString(CultureInfo.InvariantCulture)
            : instance.Published(cost).ToString("0.0###", CultureInfo.InvariantCulture);
}
