using System.Text.Json;
using Logistics.Core.Errors;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;

namespace Logistics.Planning.Import;

/// <summary>
/// Reads a whole scenario from:
/// <list type="bullet">
/// <item>a scenario JSON file (<see cref="ScenarioJson"/>, <c>logistics-scenario/1</c>);</item>
/// <item>a scenario directory: <c>scenario.json</c> (name, county, parameters, boundary; its own sites and
/// vehicle types may be empty), <c>sites.csv</c>|<c>sites.xlsx</c>|<c>sites.geojson</c> and
/// <c>vehicles.csv</c>|<c>vehicles.xlsx</c>, each optional but not given twice (in the JSON and in a file);</item>
/// <item>a sites file on its own (CSV, XLSX, GeoJSON): a scenario without fleet, named after the file.</item>
/// </list>
/// All or nothing: the result holds the scenario or every problem found.
/// </summary>
public static class ScenarioImporter
{
    public const string ScenarioFileName = "scenario.json";

    public static IReadOnlyList<string> SitesFileNames { get; } = ["sites.csv", "sites.xlsx", "sites.geojson"];

    public static IReadOnlyList<string> VehiclesFileNames { get; } = ["vehicles.csv", "vehicles.xlsx"];

    public static ImportResult<Scenario> Read(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        if (Directory.Exists(path))
        {
            return ReadDirectory(path, options);
        }

        if (!File.Exists(path))
        {
            return ImportResult<Scenario>.Failure([new DataError("missing-file", "The file or directory does not exist.", File: path)]);
        }

        var kind = DataFileDetector.Detect(path, options);
        if (kind == DataFileKind.Other && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            kind = DataFileKind.Scenario; // asked for as a scenario: report why the JSON is not one
        }

        return kind switch
        {
            DataFileKind.Scenario => ReadScenarioJson(path, options),
            DataFileKind.Sites => FromParts(new ScenarioBuilder { Name = Path.GetFileNameWithoutExtension(path) }, path, null, null, options, []),
            _ => ImportResult<Scenario>.Failure([new DataError(
                "not-a-scenario",
                "Not a scenario: expected a scenario JSON file, a scenario directory or a sites file (CSV, XLSX, GeoJSON).",
                File: options.DisplayName ?? Path.GetFileName(path))]),
        };
    }

    /// <summary>Reads a scenario JSON file; errors name the file and the entity and field, or the JSON line.</summary>
    public static ImportResult<Scenario> ReadScenarioJson(string path, ImportOptions? options = null)
    {
        var fileName = options?.DisplayName ?? Path.GetFileName(path);
        var excluded = new List<DataError>();
        try
        {
            var text = File.ReadAllText(path);
            if (options?.ExcludeBadRows != true)
            {
                return ImportResult<Scenario>.Success(ScenarioJson.Deserialize(text, fileName), []);
            }

            var builder = ScenarioJson.FromDocument(ScenarioJson.ParseDocument(text, fileName), fileName);
            excluded.AddRange(builder.ExcludeBadRows().Select(e => e with { File = fileName, Row = e.Row ?? JsonLineOf(text, e.Entity) }));
            return ImportResult<Scenario>.Success(builder.Build(), excluded);
        }
        catch (DataValidationException ex)
        {
            return ImportResult<Scenario>.Failure([.. ex.Errors.Select(e => e with { File = e.File ?? fileName }), .. excluded]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ImportResult<Scenario>.Failure([new DataError("unreadable-file", ex.Message, File: fileName)]);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NullReferenceException)
        {
            // A structurally odd document (e.g. "parameters": null) that the JSON reader lets through.
            return ImportResult<Scenario>.Failure([new DataError("bad-json", $"The scenario JSON is malformed: {ex.Message}", File: fileName)]);
        }
    }

    /// <summary>The 1-based line of a JSON file where the entity (<c>site X</c>, <c>vehicle type X</c>) has its id, or null.</summary>
    private static int? JsonLineOf(string text, string? entity)
    {
        var id = entity switch
        {
            { } e when e.StartsWith("site ", StringComparison.Ordinal) => e["site ".Length..],
            { } e when e.StartsWith("vehicle type ", StringComparison.Ordinal) => e["vehicle type ".Length..],
            _ => null,
        };
        if (id is null)
        {
            return null;
        }

        var needle = "\"id\": " + JsonSerializer.Serialize(id, ScenarioJson.Options);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static ImportResult<Scenario> ReadDirectory(string directory, ImportOptions options)
    {
        var scenarioPath = Path.Combine(directory, ScenarioFileName);
        var sitesPath = SitesFileNames.Select(n => Path.Combine(directory, n)).FirstOrDefault(File.Exists);
        var vehiclesPath = VehiclesFileNames.Select(n => Path.Combine(directory, n)).FirstOrDefault(File.Exists);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        if (!File.Exists(scenarioPath) && sitesPath is null && vehiclesPath is null)
        {
            return ImportResult<Scenario>.Failure([new DataError(
                "not-a-scenario",
                $"The directory holds none of {ScenarioFileName}, {string.Join(", ", SitesFileNames)}, {string.Join(", ", VehiclesFileNames)}.",
                File: directory)]);
        }

        var builder = new ScenarioBuilder { Name = name };
        if (File.Exists(scenarioPath))
        {
            try
            {
                var doc = JsonSerializer.Deserialize<ScenarioDocument>(File.ReadAllText(scenarioPath), ScenarioJson.Options)
                    ?? throw new DataValidationException([new DataError("bad-json", "The file is empty or null.", File: ScenarioFileName)]);
                builder = ScenarioJson.FromDocument(doc, ScenarioFileName);
            }
            catch (JsonException ex)
            {
                return ImportResult<Scenario>.Failure([new DataError(
                    "bad-json", ex.Message, File: ScenarioFileName, Row: ex.LineNumber is long line ? (int)line + 1 : null, Column: ex.Path)]);
            }
            catch (DataValidationException ex)
            {
                return ImportResult<Scenario>.Failure(ex.Errors);
            }
        }

        return FromParts(builder, sitesPath, vehiclesPath, File.Exists(scenarioPath) ? ScenarioFileName : null, options, []);
    }

    private static ImportResult<Scenario> FromParts(
        ScenarioBuilder builder,
        string? sitesPath,
        string? vehiclesPath,
        string? scenarioFile,
        ImportOptions options,
        List<DataError> problems)
    {
        var fileOptions = options with { Parameters = builder.Parameters, DisplayName = null };
        string? sitesFile = null;
        if (sitesPath is not null)
        {
            sitesFile = Path.GetFileName(sitesPath);
            if (builder.Sites.Count > 0)
            {
                problems.Add(new DataError("given-twice", $"Sites are given both in {scenarioFile} and in {sitesFile}; keep one.", File: sitesFile));
            }
            else
            {
                var sites = SiteImporter.Read(sitesPath, fileOptions);
                problems.AddRange(sites.Problems);
                if (sites.Value is not null)
                {
                    builder.AddSites(sites.Value);
                }
            }
        }

        string? vehiclesFile = null;
        if (vehiclesPath is not null)
        {
            vehiclesFile = Path.GetFileName(vehiclesPath);
            if (builder.VehicleTypes.Count > 0)
            {
                problems.Add(new DataError("given-twice", $"Vehicle types are given both in {scenarioFile} and in {vehiclesFile}; keep one.", File: vehiclesFile));
            }
            else
            {
                var depots = builder.Sites.Where(s => s.Tier is SiteTier.CountyHub or SiteTier.TownshipStation).Select(s => s.Id).ToHashSet();
                var vehicles = VehicleImporter.Read(vehiclesPath, fileOptions, builder.Sites.Count > 0 ? depots : null);
                problems.AddRange(vehicles.Problems);
                if (vehicles.Value is not null)
                {
                    foreach (var v in vehicles.Value)
                    {
                        builder.AddVehicleType(v);
                    }
                }
            }
        }

        if (problems.Any(p => p.Severity == DataErrorSeverity.Error))
        {
            return ImportResult<Scenario>.Failure(problems);
        }

        // The rules of the whole scenario (one hub, depots of the fleet, parameters); the files' own rules passed.
        var errors = options.ExcludeBadRows
            ? [.. builder.ExcludeBadRows(), .. builder.Validate()]
            : builder.Validate();
        foreach (var e in errors)
        {
            var file = e.Entity switch
            {
                { } s when s.StartsWith("site ", StringComparison.Ordinal) => sitesFile ?? scenarioFile,
                { } s when s.StartsWith("vehicle type ", StringComparison.Ordinal) => vehiclesFile ?? scenarioFile,
                _ => scenarioFile ?? sitesFile,
            };
            problems.Add(e with { File = e.File ?? file });
        }

        if (problems.Any(p => p.Severity == DataErrorSeverity.Error))
        {
            return ImportResult<Scenario>.Failure(problems);
        }

        return ImportResult<Scenario>.Success(builder.Build(), problems);
    }
}
