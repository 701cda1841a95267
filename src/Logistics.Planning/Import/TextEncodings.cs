using System.Text;

namespace Logistics.Planning.Import;

/// <summary>
/// Detects and decodes the text encodings county CSV files come in: UTF-8 with or without a byte order mark,
/// UTF-16 with a byte order mark (Excel's "Unicode text"), and GB18030/GBK (Excel's "CSV" on a Chinese Windows).
/// GB18030 comes from the code-pages provider of the shared framework, without registering it globally.
/// </summary>
public static class TextEncodings
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>UTF-8 that writes a byte order mark, so that Excel recognises the file as UTF-8.</summary>
    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>GB18030 (code page 54936).</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")
        ?? throw new InvalidOperationException("The GB18030 code page is not available.");

    /// <summary>The encoding of <paramref name="bytes"/>: BOM, then valid UTF-8, else GB18030.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        return IsValidUtf8(bytes) ? Utf8 : Gb18030;
    }

    /// <summary>Decodes a whole file, skipping a byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, CsvEncodingChoice choice, out Encoding used)
    {
        used = choice switch
        {
            CsvEncodingChoice.Auto => Detect(bytes),
            CsvEncodingChoice.Utf8 => Utf8,
            CsvEncodingChoice.Gb18030 => Gb18030,
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, null),
        };
        var preamble = used.GetPreamble();
        if (preamble.Length > 0 && bytes.StartsWith(preamble))
        {
            bytes = bytes[preamble.Length..];
        }
        else if (used is UTF8Encoding && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return used.GetString(bytes);
    }

    /// <summary>A short name for messages: UTF-8, UTF-16, GB18030.</summary>
    public static string DisplayName(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16LE",
        1201 => "UTF-16BE",
        54936 => "GB18030",
        _ => encoding.WebName,
    };

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
