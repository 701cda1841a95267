using Logistics.Tests.Shared;

namespace Logistics.Spatial.Tests.Geodesy;

/// <summary>The real county geodata read in place from ../shared/geodata; tests that need it skip when it is absent.</summary>
internal static class SharedGeodata
{
    public static string? FindDirectory() => SharedPaths.Find("geodata");

    /// <summary>The full path of a file in the shared geodata folder; skips the calling test when it is absent.</summary>
    public static string RequireFile(string name) => SharedPaths.RequireFile("geodata", name);
}
