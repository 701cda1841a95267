namespace Logistics.Planning.Import;

/// <summary>How the text encoding of a CSV file is chosen.</summary>
public enum CsvEncodingChoice
{
    /// <summary>A byte order mark decides; otherwise UTF-8 when the bytes are valid UTF-8, else GB18030 (GBK).</summary>
    Auto,

    /// <summary>UTF-8 (a byte order mark is skipped).</summary>
    Utf8,

    /// <summary>GB18030, a superset of GBK/GB2312: what Excel on a Chinese Windows saves as "CSV".</summary>
    Gb18030,
}
