using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>Reads a CSV, XLSX or GeoJSON file into a <see cref="SheetTable"/>, choosing the reader by extension.</summary>
public static class SheetFiles
{
    public static bool IsCsv(string path) => HasExtension(path, ".csv", ".txt", ".tsv");

    public static bool IsXlsx(string path) => HasExtension(path, ".xlsx", ".xlsm");

    public static bool IsGeoJson(string path) => HasExtension(path, ".geojson");

    /// <summary>Reads a table; throws <see cref="DataValidationException"/> when the file cannot be read at all.</summary>
    public static SheetTable Read(string path, ImportOptions options, bool allowGeoJson) => Read(path, options, allowGeoJson, headerOnly: false);

    /// <summary>Reads only the header row of a CSV or XLSX file (GeoJSON is read whole).</summary>
    public static SheetTable ReadHeader(string path, ImportOptions options, bool allowGeoJson) => Read(path, options, allowGeoJson, headerOnly: true);

    private static SheetTable Read(string path, ImportOptions options, bool allowGeoJson, bool headerOnly)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var fileName = options.DisplayName ?? Path.GetFileName(path);
        try
        {
            if (IsCsv(path))
            {
                var bytes = File.ReadAllBytes(path);
                return headerOnly ? CsvSheetReader.ReadHeader(bytes, fileName, options.Encoding) : CsvSheetReader.Read(bytes, fileName, options.Encoding);
            }

            if (IsXlsx(path))
            {
                using var stream = File.OpenRead(path);
                return headerOnly ? XlsxSheetReader.ReadHeader(stream, fileName, options.SheetName) : XlsxSheetReader.Read(stream, fileName, options.SheetName);
            }

            if (allowGeoJson && (IsGeoJson(path) || HasExtension(path, ".json")))
            {
                return GeoJsonSheetReader.Read(File.ReadAllText(path), fileName);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataValidationException([new DataError("unreadable-file", ex.Message, File: fileName)]);
        }

        var hint = HasExtension(path, ".xls")
            ? "The old Excel format (.xls) is not read; save the sheet as .xlsx or CSV."
            : $"Unsupported file type; use .csv, .xlsx{(allowGeoJson ? " or .geojson" : string.Empty)}.";
        throw new DataValidationException([new DataError("unsupported-format", hint, File: fileName, Value: Path.GetExtension(path))]);
    }

    private static bool HasExtension(string path, params string[] extensions) =>
        extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
