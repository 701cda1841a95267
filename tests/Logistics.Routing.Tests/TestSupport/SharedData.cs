namespace Logistics.Routing.Tests.TestSupport;

/// <summary>Locates ../shared/benchmarks (or $LOGISTICS_SHARED/benchmarks); tests skip when it is absent.</summary>
public static class SharedData
{
    public static string BenchmarksOrSkip([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var env = Environment.GetEnvironmentVariable("LOGISTICS_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "benchmarks")))
        {
            return Path.Combine(env, "benchmarks");
        }

        // The build output may live outside the repository (--artifacts-path), so also walk up from the sources.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "benchmarks");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Skip("../shared/benchmarks absent");
        return string.Empty;
    }

    public static string FileOrSkip(string relative)
    {
        var path = Path.Combine(BenchmarksOrSkip(), relative);
        if (!File.Exists(path))
        {
            Assert.Skip($"../shared/benchmarks/{relative} absent");
        }

        return path;
    }
}
