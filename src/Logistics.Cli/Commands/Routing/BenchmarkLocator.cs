using Logistics.Routing.Benchmarks;

namespace Logistics.Cli.Commands.Routing;

/// <summary>Finds the shared benchmark folder and the BKS tables that belong to an instance file.</summary>
public static class BenchmarkLocator
{
    /// <summary>
    /// The benchmark root: <c>$LOGISTICS_SHARED/benchmarks</c> when set, else the first <c>shared/benchmarks</c>
    /// found next to the current directory or one of its parents (i.e. <c>../shared/benchmarks</c> from the repo).
    /// </summary>
    public static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("LOGISTICS_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "benchmarks")))
        {
            return Path.Combine(env, "benchmarks");
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "benchmarks");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Resolves a path, a family folder relative to the benchmark root (e.g. <c>cvrp/X</c>), or an instance name inside it.</summary>
    public static string? Resolve(string pathOrName)
    {
        if (File.Exists(pathOrName) || Directory.Exists(pathOrName))
        {
            return Path.GetFullPath(pathOrName);
        }

        var root = FindRoot();
        if (root is null)
        {
            return null;
        }

        var relative = Path.Combine(root, pathOrName);
        if (File.Exists(relative) || Directory.Exists(relative))
        {
            return relative;
        }

        // A bare instance name such as X-n101-k25 or C101.
        if (pathOrName.IndexOfAny(['/', '\\']) >= 0 || pathOrName.Contains('*', StringComparison.Ordinal) || pathOrName.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        return Directory.EnumerateFiles(root, pathOrName + ".*", SearchOption.AllDirectories)
            .Where(BenchmarkReader.IsInstanceFile)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The BKS entry of an instance from the nearest <c>bks.csv</c> (or <paramref name="tableName"/>) in its folder or a parent.</summary>
    public static BksEntry? FindBks(string instancePath, string instanceName, string tableName = "bks.csv")
    {
        for (var dir = new FileInfo(instancePath).Directory; dir is not null; dir = dir.Parent)
        {
            var table = Path.Combine(dir.FullName, tableName);
            if (File.Exists(table))
            {
                var rows = BksTable.Read(table);
                if (rows.TryGetValue(instanceName, out var entry))
                {
                    return entry;
                }
            }

            if (dir.Name.Equals("benchmarks", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }

        return null;
    }
}
