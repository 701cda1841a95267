using System.Globalization;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Writes a periodic solution so that it can be checked independently. PVRP: Cordeau's <c>.res</c> layout (line 1 the
/// total travel distance; then one line per route <c>day vehicle duration load 0 c1 … ck 0</c>, duration = travel +
/// service). ConVRP: <c>Day d Vehicle k: c1 … ck</c> lines and a last line <c>Cost &lt;travel + service time&gt;</c>.
/// Figures are in the files' units with two decimals.
/// </summary>
public static class PeriodicSolutionWriter
{
    public static void Write(TextWriter writer, PeriodicInstance instance, PeriodicSolution solution)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var ci = CultureInfo.InvariantCulture;
        var routes = solution.Routes.Where(r => r.Customers.Count > 0).OrderBy(r => r.Day).ThenBy(r => r.Vehicle).ToList();
        var indexed = routes.Select(r => r.Customers.Select(instance.IndexOf).ToArray()).ToList();
        if (instance.Kind == PeriodicKind.Pvrp)
        {
            var total = routes.Select((r, i) => Duration(instance, indexed[i], r.Day - 1) - indexed[i].Sum(c => instance.Customers[c].Service[r.Day - 1])).Sum();
            writer.WriteLine(total.ToString("0.00", ci));
            for (var i = 0; i < routes.Count; i++)
            {
                var r = routes[i];
                var exactDuration = Duration(instance, indexed[i], r.Day - 1);
                var load = indexed[i].Sum(c => instance.Customers[c].Demand[r.Day - 1]);
                writer.WriteLine(string.Create(ci, $"{r.Day} {r.Vehicle} {exactDuration:0.00} {load:0} 0 {string.Join(' ', r.Customers)} 0"));
            }

            return;
        }

        double cost = 0;
        for (var i = 0; i < routes.Count; i++)
        {
            var r = routes[i];
            writer.WriteLine(string.Create(ci, $"Day {r.Day} Vehicle {r.Vehicle}: {string.Join(' ', r.Customers)}"));
            cost += Duration(instance, indexed[i], r.Day - 1);
        }

        writer.WriteLine(string.Create(ci, $"Cost {cost:0.00}"));
    }

    /// <summary>Travel + service of a route in the file's units (double Euclidean, not the solver's rounded integers).</summary>
    private static double Duration(PeriodicInstance instance, IReadOnlyList<int> route, int day)
    {
        double sum = 0;
        double px = instance.DepotX, py = instance.DepotY;
        foreach (var c in route)
        {
            var cu = instance.Customers[c];
            sum += Math.Sqrt((cu.X - px) * (cu.X - px) + (cu.Y - py) * (cu.Y - py)) + cu.Service[day];
            (px, py) = (cu.X, cu.Y);
        }

        return sum + Math.Sqrt((instance.DepotX - px) * (instance.DepotX - px) + (instance.DepotY - py) * (instance.DepotY - py));
    }
}
