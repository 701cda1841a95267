using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>Which column of a table holds which canonical field, and how the file spells it.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _index;

    private ColumnMap(SheetTable table, Dictionary<string, int> index)
    {
        Table = table;
        _index = index;
    }

    public SheetTable Table { get; }

    public IEnumerable<string> Fields => _index.Keys;

    /// <summary>
    /// Maps the headers; unknown headers give a warning, a field given twice an error, and a missing required
    /// field an error that lists the headers found.
    /// </summary>
    public static ColumnMap Build(
        SheetTable table,
        Func<string, string?> resolve,
        IReadOnlyList<string> required,
        Func<string, string> describe,
        List<DataError> problems)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = table.Headers[i];
            if (header.Length == 0)
            {
                if (table.Rows.Any(r => r[i].Length > 0))
                {
                    problems.Add(new DataError(
                        "unknown-column", "A column without a header holds data; it is ignored.", File: table.FileName, Row: table.HeaderRow,
                        Column: $"#{i + 1}", Severity: DataErrorSeverity.Warning));
                }

                continue;
            }

            var field = resolve(header);
            if (field is null)
            {
                problems.Add(new DataError(
                    "unknown-column", "The column is not recognised and is ignored.", File: table.FileName, Row: table.HeaderRow,
                    Column: header, Severity: DataErrorSeverity.Warning));
            }
            else if (index.TryGetValue(field, out var first))
            {
                problems.Add(new DataError(
                    "duplicate-column",
                    $"The column means the same as column '{table.Headers[first]}' ({field}); keep one of them.",
                    File: table.FileName, Row: table.HeaderRow, Column: header));
            }
            else
            {
                index[field] = i;
            }
        }

        var found = string.Join(", ", table.Headers.Where(h => h.Length > 0).Select(h => $"'{h}'"));
        foreach (var field in required.Where(f => !index.ContainsKey(f)))
        {
            problems.Add(new DataError(
                "missing-column",
                $"The required column '{field}' ({describe(field)}) is missing. The file's columns are: {found}.",
                File: table.FileName, Row: table.HeaderRow, Column: field));
        }

        return new ColumnMap(table, index);
    }

    public bool Has(string field) => _index.ContainsKey(field);

    /// <summary>The header as the file spells it; for GeoJSON coordinates, the geometry path.</summary>
    public string Header(string field)
    {
        if (!_index.TryGetValue(field, out var i))
        {
            return field;
        }

        if (Table.HeaderRow is null && i < 2 && Table.Headers[i] is GeoJsonSheetReader.LonColumn or GeoJsonSheetReader.LatColumn)
        {
            return $"{GeoJsonSheetReader.GeometryColumn}[{i}]";
        }

        return Table.Headers[i];
    }

    public string Cell(SheetRow row, string field) => _index.TryGetValue(field, out var i) ? row[i] : string.Empty;
}
