using System.Runtime.CompilerServices;

namespace Logistics.Planning.Tests.Counties;

/// <summary>
/// Finds the real county geodata read in place from <c>../shared/geodata</c> next to the repository, or from
/// <c>$LOGISTICS_SHARED/geodata</c>; tests that need it skip when it is absent.
/// </summary>
internal static class SharedGeodata
{
    public static string RequireDirectory([CallerFilePath] string sourceFile = "")
    {
        var dir = Find(sourceFile);
        if (dir is null || !File.Exists(Path.Combine(dir, "counties.csv")))
        {
            Assert.Skip("../shared/geodata absent (set LOGISTICS_SHARED to the folder holding geodata/)");
        }

        return dir;
    }

    private static string? Find(string sourceFile)
    {
        var fromEnv = Environment.GetEnvironmentVariable("LOGISTICS_SHARED");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            var candidate = Path.Combine(fromEnv, "geodata");
            return Directory.Exists(candidate) ? candidate : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "geodata");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
