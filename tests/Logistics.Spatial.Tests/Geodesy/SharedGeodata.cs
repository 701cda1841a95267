using System.Runtime.CompilerServices;

namespace Logistics.Spatial.Tests.Geodesy;

/// <summary>
/// Finds the real county geodata that is read in place from <c>../shared/geodata</c> (next to the repository),
/// or from <c>$LOGISTICS_SHARED/geodata</c>. Tests that need it skip when it is absent.
/// </summary>
internal static class SharedGeodata
{
    public static string? FindDirectory([CallerFilePath] string sourceFile = "")
    {
        var fromEnv = Environment.GetEnvironmentVariable("LOGISTICS_SHARED");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            var candidate = Path.Combine(fromEnv, "geodata");
            return Directory.Exists(candidate) ? candidate : null;
        }

        // The build output may live outside the repository (--artifacts-path), so also walk up from this source file.
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

    /// <summary>The full path of a file in the shared geodata folder; skips the calling test when it is absent.</summary>
    public static string RequireFile(string name)
    {
        var dir = FindDirectory();
        var path = dir is null ? null : Path.Combine(dir, name);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"../shared/geodata/{name} absent (set LOGISTICS_SHARED to the folder holding geodata/)");
        }

        return path;
    }
}
