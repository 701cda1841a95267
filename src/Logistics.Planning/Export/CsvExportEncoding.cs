namespace Logistics.Planning.Export;

/// <summary>The text encoding of exported CSV files.</summary>
public enum CsvExportEncoding
{
    /// <summary>UTF-8 with a byte order mark: Excel (also on a Chinese Windows) opens it with the Chinese intact.</summary>
    Utf8WithBom,

    /// <summary>GB18030 (a superset of GBK), for older tools that only read the Chinese Windows code page.</summary>
    Gb18030,
}
