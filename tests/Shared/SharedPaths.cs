using System.Runtime.CompilerServices;

namespace Logistics.Tests.Shared;

/// <summary>
/// Finds the repository root (the folder with Logistics.sln) and the data read in place from <c>../shared</c>
/// beside it, or from <c>$LOGISTICS_SHARED</c>. Compiled into every test project (tests/Directory.Build.props).
/// Looks from this source file first, so builds with <c>--artifacts-path</c> outside the repository work too,
/// then from the test's output folder. Tests that need shared data skip, saying what is absent.
/// </summary>
internal static class SharedPaths
{
    public static string RepositoryRoot() =>
        Starts().SelectMany(Ancestors).FirstOrDefault(d => File.Exists(Path.Combine(d, "Logistics.sln")))
        ?? throw new InvalidOperationException("Logistics.sln not found above the test folder.");

    /// <summary>A folder under the shared data (e.g. <c>geodata</c>, <c>benchmarks/pmedian</c>), or null when absent.</summary>
    public static string? Find(string folder)
    {
        var fromEnv = Environment.GetEnvironmentVariable("LOGISTICS_SHARED");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            var candidate = Path.Combine(fromEnv, folder);
            return Directory.Exists(candidate) ? candidate : null;
        }

        return Starts().SelectMany(Ancestors)
            .Select(d => Path.Combine(d, "shared", folder))
            .FirstOrDefault(Directory.Exists);
    }

    /// <summary>A shared folder; skips the calling test when it is absent.</summary>
    public static string RequireDirectory(string folder)
    {
        var dir = Find(folder);
        if (dir is null)
        {
            Assert.Skip($"../shared/{folder} absent (set LOGISTICS_SHARED to the folder holding {folder.Split('/')[0]}/)");
        }

        return dir;
    }

    /// <summary>A file in a shared folder; skips the calling test when it is absent.</summary>
    public static string RequireFile(string folder, string name)
    {
        var dir = Find(folder);
        var path = dir is null ? null : Path.Combine(dir, name);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"../shared/{folder}/{name} absent (set LOGISTICS_SHARED to the folder holding {folder.Split('/')[0]}/)");
        }

        return path;
    }

    private static IEnumerable<string> Starts([CallerFilePath] string sourceFile = "") =>
        new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory }.Where(s => !string.IsNullOrEmpty(s))!;

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
