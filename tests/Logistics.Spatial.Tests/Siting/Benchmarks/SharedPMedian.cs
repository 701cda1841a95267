using System.Runtime.CompilerServices;

namespace Logistics.Spatial.Tests.Siting.Benchmarks;

/// <summary>
/// Finds the OR-Library p-median files read in place from <c>../shared/benchmarks/pmedian</c> (next to the
/// repository) or from <c>$LOGISTICS_SHARED/benchmarks/pmedian</c>; tests that need them skip when absent.
/// </summary>
internal static class SharedPMedian
{
    private const string Folder = "benchmarks/pmedian";

    public static string RequireFile(string name, [CallerFilePath] string sourceFile = "")
    {
        var dir = FindDirectory(sourceFile);
        var path = dir is null ? null : Path.Combine(dir, name);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"../shared/{Folder}/{name} absent (set LOGISTICS_SHARED to the folder holding benchmarks/)");
        }

        return path;
    }

    private static string? FindDirectory(string sourceFile)
    {
        var fromEnv = Environment.GetEnvironmentVariable("LOGISTICS_SHARED");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            var candidate = Path.Combine(fromEnv, Folder);
            return Directory.Exists(candidate) ? candidate : null;
        }

        // The build output may live outside the repository (--artifacts-path), so also walk up from this source file.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", Folder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
