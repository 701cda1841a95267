using Logistics.Core.Errors;
using Logistics.Planning.Import;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Web.Storage;

namespace Logistics.Web.Imports;

/// <summary>
/// Applies an uploaded sites file (CSV, XLSX, GeoJSON) or vehicles file (CSV, XLSX) to a saved scenario with the
/// <c>Logistics.Planning.Import</c> importers. All or nothing: when the file or the resulting scenario has any error,
/// every error is returned (file, row, column, value, message) and nothing is stored; when it is clean the new
/// scenario and the import record are saved in one transaction.
/// </summary>
public sealed class ImportService(ScenarioCatalog catalog)
{
    /// <summary>Largest upload accepted, bytes.</summary>
    public const long MaxBytes = InputLimits.FileBytes;

    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".txt", ".tsv", ".xlsx", ".geojson", ".json"];

    public async Task<ImportOutcome> ImportAsync(long baseScenarioId, string fileName, Stream content, string? newName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        fileName = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "upload.csv" : fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (fileName.Length > InputLimits.FileName)
        {
            return Fail(new DataError("file-name-too-long",
                $"文件名有 {fileName.Length} 个字符，最多 {InputLimits.FileName} 个：请把文件改名后再导入。 The file name has {fileName.Length} characters, at most {InputLimits.FileName} are allowed: rename the file and import it again.",
                File: fileName[..40] + "…"));
        }

        if (!string.IsNullOrWhiteSpace(newName) && InputLimits.CheckName(newName.Trim()) is { } nameError)
        {
            return Fail(new DataError("name-too-long", $"{nameError.Chinese} {nameError.English}", Column: "name"));
        }
        if (!Extensions.Contains(extension))
        {
            return Fail(new DataError("unsupported-file", $"Only {string.Join(", ", Extensions)} files can be imported. 只能导入这些文件类型。", File: fileName, Value: extension));
        }

        if (await catalog.GetAsync(baseScenarioId, cancellationToken) is not { } target)
        {
            return Fail(new DataError("unknown-scenario", "No saved scenario has this id. 没有这个方案。", Column: "scenarioId", Value: baseScenarioId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var folder = Path.Combine(Path.GetTempPath(), "logistics-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "upload" + extension);
            await using (var file = File.Create(path))
            {
                await content.CopyToAsync(file, cancellationToken);
                if (file.Length > MaxBytes)
                {
                    return Fail(new DataError("file-too-large", $"文件超过 {MaxBytes / 1024 / 1024} MB：请拆分成几个较小的文件。 The file is larger than {MaxBytes / 1024 / 1024} MB: split it into smaller files.", File: fileName));
                }
            }

            var options = ImportOptions.Default with { DisplayName = fileName, Parameters = target.Scenario.Parameters };
            var kind = DataFileDetector.Detect(path, options);
            var builder = target.Scenario.ToBuilder();
            builder.Name = string.IsNullOrWhiteSpace(newName) ? Shorten($"{target.Row.Name} + {fileName}") : newName.Trim();
            int rows;
            IReadOnlyList<DataError> warnings;
            string kindCode;
            switch (kind)
            {
                case DataFileKind.Sites:
                {
                    var result = SiteImporter.Read(path, options);
                    if (!result.Succeeded)
                    {
                        return new ImportOutcome(null, result.Errors, result.Warnings);
                    }

                    foreach (var site in builder.Sites.ToList())
                    {
                        builder.RemoveSite(site.Id);
                    }

                    if (TooManyRows(result.Value!.Count, fileName) is { } tooMany)
                    {
                        return tooMany;
                    }

                    builder.AddSites(result.Value!);
                    rows = result.Value!.Count;
                    warnings = result.Warnings;
                    kindCode = "sites";
                    break;
                }

                case DataFileKind.Vehicles:
                {
                    var depots = target.Scenario.Sites.Where(s => s.Tier is SiteTier.CountyHub or SiteTier.TownshipStation).Select(s => s.Id).ToHashSet();
                    var result = VehicleImporter.Read(path, options, depots);
                    if (!result.Succeeded)
                    {
                        return new ImportOutcome(null, result.Errors, result.Warnings);
                    }

                    if (TooManyRows(result.Value!.Count, fileName) is { } tooMany)
                    {
                        return tooMany;
                    }

                    foreach (var v in builder.VehicleTypes.ToList())
                    {
                        builder.RemoveVehicleType(v.Id);
                    }

                    foreach (var v in result.Value!)
                    {
                        builder.AddVehicleType(v);
                    }

                    rows = result.Value!.Count;
                    warnings = result.Warnings;
                    kindCode = "vehicles";
                    break;
                }

                default:
                    return Fail(new DataError("not-a-data-file",
                        "Neither a sites file (id, name, tier, lon, lat …) nor a vehicles file (capacity, home depot …). 既不是站点文件也不是车辆文件。", File: fileName));
            }

            var problems = builder.Validate().Where(e => e.Severity == DataErrorSeverity.Error).ToList();
            if (problems.Count > 0)
            {
                return new ImportOutcome(null, problems.Select(e => e with { File = e.File ?? fileName }).ToList(), warnings);
            }

            var scenario = builder.Build();
            var stored = await catalog.Store.AddImportAsync(fileName, kindCode, rows, warnings.Count, baseScenarioId, builder.Name, ScenarioJson.Serialize(scenario), cancellationToken);
            return new ImportOutcome(stored, [], warnings);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ImportOutcome Fail(DataError error) => new(null, [error], []);

    private static ImportOutcome? TooManyRows(int rows, string fileName) =>
        rows <= InputLimits.Rows ? null
        : Fail(new DataError("too-many-rows", $"文件有 {rows} 行，最多 {InputLimits.Rows} 行：请拆分文件。 The file has {rows} rows, at most {InputLimits.Rows} are allowed: split the file.", File: fileName));

    /// <summary>A generated name cut to <see cref="InputLimits.Name"/>.</summary>
    private static string Shorten(string name) => name.Length <= InputLimits.Name ? name : name[..(InputLimits.Name - 1)] + "…";
}
