using Logistics.Tests.Shared;

namespace Logistics.Spatial.Tests.Siting.Benchmarks;

/// <summary>The OR-Library p-median files read in place from ../shared/benchmarks/pmedian; tests skip when absent.</summary>
internal static class SharedPMedian
{
    public static string RequireFile(string name) => SharedPaths.RequireFile("benchmarks/pmedian", name);
}
