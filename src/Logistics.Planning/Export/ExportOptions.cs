using Logistics.Core.Geo;

namespace Logistics.Planning.Export;

/// <summary>How data is written.</summary>
public sealed record ExportOptions
{
    public static readonly ExportOptions Default = new();

    /// <summary>The coordinate system of the written coordinates; the <c>crs</c> column/property says which.</summary>
    public CoordinateSystem CoordinateSystem { get; init; } = CoordinateSystem.Wgs84;

    public CsvExportEncoding CsvEncoding { get; init; } = CsvExportEncoding.Utf8WithBom;

    /// <summary>The XLSX sheet name; null for <c>sites</c> or <c>vehicles</c>.</summary>
    public string? SheetName { get; init; }
}
