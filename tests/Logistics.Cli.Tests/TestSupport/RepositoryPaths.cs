using System.Runtime.CompilerServices;

namespace Logistics.Cli.Tests.TestSupport;

/// <summary>
/// Finds the repository root (the folder with Logistics.sln) and the shared data beside it, from the test's source
/// folder first (so builds with --artifacts-path work) and then from its output folder.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Logistics.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Logistics.sln not found above the test folder.");
    }

    /// <summary>A folder of the shared data (LOGISTICS_SHARED, else ../shared beside the repository), or null when absent.</summary>
    public static string? Shared(string folder)
    {
        var env = Environment.GetEnvironmentVariable("LOGISTICS_SHARED");
        var shared = string.IsNullOrEmpty(env) ? Path.Combine(Path.GetDirectoryName(Root())!, "shared") : env;
        var path = Path.Combine(shared, folder);
        return Directory.Exists(path) ? path : null;
    }
}
