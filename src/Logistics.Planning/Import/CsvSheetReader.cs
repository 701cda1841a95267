using CsvHelper;
using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>
/// Reads a CSV file into a <see cref="SheetTable"/> with CsvHelper: quoted fields, line breaks inside quotes,
/// Chinese text. The separator is detected (comma, semicolon, tab or bar, and Excel's <c>sep=</c> line). Row
/// numbers count every record, blank lines included, so that they match what Excel shows.
/// </summary>
public static class CsvSheetReader
{
    /// <summary>Reads CSV bytes; the encoding is detected or forced by <paramref name="encoding"/>.</summary>
    public static SheetTable Read(byte[] bytes, string fileName, CsvEncodingChoice encoding = CsvEncodingChoice.Auto)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = TextEncodings.Decode(bytes, encoding, out _);
        return ReadText(text, fileName);
    }

    /// <summary>Reads CSV that is already text.</summary>
    public static SheetTable ReadText(string text, string fileName) => ReadText(text, fileName, headerOnly: false);

    /// <summary>Reads only the header row (no data rows), to tell what a file holds.</summary>
    public static SheetTable ReadHeader(byte[] bytes, string fileName, CsvEncodingChoice encoding = CsvEncodingChoice.Auto)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return ReadText(TextEncodings.Decode(bytes, encoding, out _), fileName, headerOnly: true);
    }

    private static SheetTable ReadText(string text, string fileName, bool headerOnly)
    {
        ArgumentNullException.ThrowIfNull(text);
        var options = CsvReaderOptions.Default with { HasHeader = false, SkipEmptyLines = false };
        using var reader = CsvReader.FromText(text, options);
        var collector = new SheetTableCollector(headerOnly);
        var number = 0;
        while (reader.Read())
        {
            number++;
            var cells = reader.Current.ToArray().Select(c => (c ?? string.Empty).Trim()).ToArray();
            if (!collector.Add(number, cells))
            {
                break;
            }
        }

        return collector.Finish(fileName, "file");
    }
}
