using System.Globalization;
using System.Text.Json;
using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Import;

/// <summary>
/// Checks data files as <c>logistics validate</c> does: one file, or every file under a directory
/// (recursively, hidden files skipped). Sites, vehicles and scenario files are imported with every problem
/// reported; a vehicles file next to a valid <c>sites.*</c> has its depots checked against it; a directory in
/// the scenario directory form (<c>scenario.json</c> without sites, plus <c>sites.*</c>) is checked as one
/// scenario. Other files are listed as skipped.
/// </summary>
public static class DataFileValidator
{
    public static IReadOnlyList<FileCheck> Check(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        if (Directory.Exists(path))
        {
            var checks = new List<FileCheck>();
            CheckDirectory(path, path, options, checks);
            return checks;
        }

        if (!File.Exists(path))
        {
            return [new FileCheck(path, DataFileKind.Other, [new DataError("missing-file", "The file or directory does not exist.", File: path)], string.Empty)];
        }

        var check = CheckFile(path, path, options with { DisplayName = options.DisplayName ?? path }, explicitlyGiven: true);
        return check.Kind == DataFileKind.Other
            ? [check with { Problems = [new DataError("unknown-file", "Not a file this tool reads: expected sites or vehicles (.csv, .xlsx, .geojson) or a scenario (.json).", File: path)] }]
            : [check];
    }

    private static void CheckDirectory(string root, string directory, ImportOptions options, List<FileCheck> checks)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        if (IsScenarioDirectory(directory))
        {
            var rel = Relative(root, directory);
            var result = ScenarioImporter.Read(directory, options with { DisplayName = null });
            var problems = result.Problems.Select(p => p with { File = p.File is null ? rel : Path.Combine(rel, p.File) }).ToList();
            checks.Add(new FileCheck(rel, DataFileKind.Scenario, problems, result.Value is { } s ? Describe(s) : string.Empty));
            covered.Add(ScenarioImporter.ScenarioFileName);
            covered.UnionWith(ScenarioImporter.SitesFileNames);
            covered.UnionWith(ScenarioImporter.VehiclesFileNames);
        }

        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || covered.Contains(name))
            {
                continue;
            }

            var rel = Relative(root, file);
            checks.Add(CheckFile(file, rel, options with { DisplayName = rel }));
        }

        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(sub).StartsWith('.'))
            {
                CheckDirectory(root, sub, options, checks);
            }
        }
    }

    private static FileCheck CheckFile(string file, string shownPath, ImportOptions options, bool explicitlyGiven = false)
    {
        var kind = DataFileDetector.Detect(file, options);
        if (explicitlyGiven && kind == DataFileKind.Other && file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            kind = DataFileKind.Scenario; // given by name: report why the JSON is not a scenario
        }

        switch (kind)
        {
            case DataFileKind.Sites:
            {
                var r = SiteImporter.Read(file, options);
                return new FileCheck(shownPath, kind, r.Problems, r.Value is { } sites ? Describe(sites) : string.Empty);
            }

            case DataFileKind.Vehicles:
            {
                var depots = SiblingDepots(file, options);
                var r = VehicleImporter.Read(file, options, depots);
                var summary = r.Value is { } v
                    ? string.Create(CultureInfo.InvariantCulture, $"{v.Count} vehicle type(s), {v.Sum(x => x.Count)} vehicle(s)")
                        + (depots is null ? "; home depots not checked (no valid sites file next to it)" : string.Empty)
                    : string.Empty;
                return new FileCheck(shownPath, kind, r.Problems, summary);
            }

            case DataFileKind.Scenario:
            {
                var r = ScenarioImporter.ReadScenarioJson(file, options);
                return new FileCheck(shownPath, kind, r.Problems, r.Value is { } s ? Describe(s) : string.Empty);
            }

            default:
                return new FileCheck(shownPath, DataFileKind.Other, [], string.Empty);
        }
    }

    /// <summary>The hub and station ids of a valid sites file in the same directory, if there is exactly one.</summary>
    private static IReadOnlySet<SiteId>? SiblingDepots(string vehiclesFile, ImportOptions options)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(vehiclesFile))!;
        var candidates = ScenarioImporter.SitesFileNames.Select(n => Path.Combine(directory, n)).Where(File.Exists).ToList();
        if (candidates.Count != 1)
        {
            return null;
        }

        var sites = SiteImporter.Read(candidates[0], options with { DisplayName = null }).Value;
        return sites?.Where(s => s.Tier is SiteTier.CountyHub or SiteTier.TownshipStation).Select(s => s.Id).ToHashSet();
    }

    /// <summary>A directory with a <c>scenario.json</c> that has no sites of its own, and a <c>sites.*</c> file.</summary>
    private static bool IsScenarioDirectory(string directory)
    {
        var scenario = Path.Combine(directory, ScenarioImporter.ScenarioFileName);
        if (!File.Exists(scenario) || !ScenarioImporter.SitesFileNames.Any(n => File.Exists(Path.Combine(directory, n))))
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(scenario), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && (!doc.RootElement.TryGetProperty("sites", out var sites) || sites.ValueKind != JsonValueKind.Array || sites.GetArrayLength() == 0);
        }
        catch (JsonException)
        {
            return true; // the scenario import reports the broken JSON
        }
    }

    private static string Describe(IReadOnlyList<Site> sites)
    {
        var byTier = Enum.GetValues<SiteTier>()
            .Select(t => (Tier: t, Count: sites.Count(s => s.Tier == t)))
            .Where(x => x.Count > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Count} {SiteTierNames.Code(x.Tier)}"));
        return string.Create(CultureInfo.InvariantCulture, $"{sites.Count} site(s): {string.Join(", ", byTier)}");
    }

    private static string Describe(Scenario s) =>
        string.Create(CultureInfo.InvariantCulture, $"scenario '{s.Name}': {Describe(s.Sites)}; {s.VehicleTypes.Count} vehicle type(s)");

    private static string Relative(string root, string path)
    {
        var rel = Path.GetRelativePath(root, path);
        return rel == "." ? root : Path.Combine(root, rel);
    }
}
