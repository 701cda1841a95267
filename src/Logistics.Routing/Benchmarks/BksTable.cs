using System.Globalization;

namespace Logistics.Routing.Benchmarks;

/// <summary>Reads <c>bks.csv</c> (<c>instance,bks_cost,bks_vehicles,source</c>; source may contain commas).</summary>
public static class BksTable
{
    public static IReadOnlyDictionary<string, BksEntry> Read(string path)
    {
        var result = new Dictionary<string, BksEntry>(StringComparer.OrdinalIgnoreCase);
        var lines = File.ReadAllLines(path);
        for (int i = 1; i < lines.Length; i++)
        {
            var parts = lines[i].Split(',', 4);
            if (parts.Length < 2 || parts[0].Length == 0)
            {
                continue;
            }

            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double cost))
            {
                throw BenchmarkText.Error(Path.GetFileName(path), i + 1, "bks_cost", parts[1], "not a number");
            }

            int? vehicles = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;
            result[parts[0]] = new BksEntry(parts[0], cost, vehicles, parts.Length > 3 ? parts[3] : string.Empty);
        }

        return result;
    }
}
