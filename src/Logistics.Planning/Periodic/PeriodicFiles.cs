namespace Logistics.Planning.Periodic;

/// <summary>Chooses the reader by extension: <c>.txt</c> Cordeau (PVRP), <c>.vrp</c> Groër (ConVRP).</summary>
public static class PeriodicFiles
{
    public static PeriodicInstance Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => CordeauReader.Read(path),
        ".vrp" => GroerReader.Read(path),
        var ext => throw new NotSupportedException($"{Path.GetFileName(path)}: 未知的周期性算例扩展名 '{ext}'（应为 .txt 或 .vrp）/ unknown periodic instance extension '{ext}' (expected .txt or .vrp)"),
    };

    /// <summary>Instance files of a family folder (solution files and tables excluded), in name order.</summary>
    public static IReadOnlyList<string> Instances(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".vrp")
            .Order(StringComparer.Ordinal)
            .ToList();
}
