using System.Runtime.CompilerServices;

namespace Logistics.Planning.Tests.Demo;

/// <summary>Finds files of the repository (the folder holding Logistics.sln) from the test's source or output folder.</summary>
internal static class RepositoryFiles
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

    public static string Combine(params string[] parts) => Path.Combine([Root(), .. parts]);
}
