using Logistics.Tests.Shared;

namespace Logistics.Routing.Tests.TestSupport;

/// <summary>Locates ../shared/benchmarks (or $LOGISTICS_SHARED/benchmarks); tests skip when it is absent.</summary>
public static class SharedData
{
    public static string BenchmarksOrSkip() => SharedPaths.RequireDirectory("benchmarks");

    public static string FileOrSkip(string relative) => SharedPaths.RequireFile("benchmarks", relative);
}
