namespace Logistics.Planning.Import;

/// <summary>
/// One data row of a table read from a file.
/// </summary>
/// <param name="Number">The row number as a spreadsheet shows it (the header is row 1); null for GeoJSON features.</param>
/// <param name="Entity">Where the row is when it has no row number, e.g. <c>features[3]</c>; null otherwise.</param>
/// <param name="Cells">The cell texts, aligned with <see cref="SheetTable.Headers"/> (missing cells are empty).</param>
public sealed record SheetRow(int? Number, string? Entity, IReadOnlyList<string> Cells)
{
    public string this[int column] => column < Cells.Count ? Cells[column] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
