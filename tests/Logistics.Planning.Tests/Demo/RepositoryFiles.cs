using Logistics.Tests.Shared;

namespace Logistics.Planning.Tests.Demo;

/// <summary>Files of the repository (the folder holding Logistics.sln).</summary>
internal static class RepositoryFiles
{
    public static string Root() => SharedPaths.RepositoryRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root(), .. parts]);
}
