using Logistics.Tests.Shared;

namespace Logistics.Planning.Tests.Counties;

/// <summary>The real county geodata read in place from ../shared/geodata; tests that need it skip when it is absent.</summary>
internal static class SharedGeodata
{
    public static string RequireDirectory()
    {
        SharedPaths.RequireFile("geodata", "counties.csv");
        return SharedPaths.RequireDirectory("geodata");
    }
}
