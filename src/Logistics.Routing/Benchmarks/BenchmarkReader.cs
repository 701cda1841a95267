namespace Logistics.Routing.Benchmarks;

/// <summary>Reads any supported benchmark file, choosing the reader by extension and content.</summary>
public static class BenchmarkReader
{
    public static readonly IReadOnlyList<string> Extensions = [".vrp", ".txt", ".vrpspd"];

    public static BenchmarkInstance Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".vrp" => CvrplibReader.Read(path),
            ".vrpspd" => LkhVrpspdReader.Read(path),
            ".txt" => SolomonReader.Read(path),
            _ => throw new NotSupportedException($"{Path.GetFileName(path)}: unknown benchmark extension '{ext}' (expected .vrp, .txt or .vrpspd)."),
        };
    }

    /// <summary>Whether <paramref name="path"/> looks like an instance file (not a solution or table).</summary>
    public static bool IsInstanceFile(string path)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(ext))
        {
            return false;
        }

        // Solomon/Homberger solution files live in solutions/ folders.
        return !path.Replace('\\', '/').Contains("/solutions/", StringComparison.OrdinalIgnoreCase);
    }
}
