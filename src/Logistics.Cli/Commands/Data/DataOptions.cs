using System.CommandLine;
using System.CommandLine.Parsing;
using Logistics.Core.Geo;
using Logistics.Planning.Import;

namespace Logistics.Cli.Commands.Data;

/// <summary>The options the data commands share: coordinate system, CSV encoding, XLSX sheet.</summary>
public static class DataOptions
{
    /// <summary>A coordinate-system option (<c>WGS84</c>, <c>CGCS2000</c>, <c>GCJ02</c>/高德, <c>BD09</c>/百度 …).</summary>
    public static Option<CoordinateSystem> Crs(string name, string description) => new(name)
    {
        Description = $"{description} ({CoordinateSystemNames.Accepted}; 高德=GCJ02, 百度=BD09; default WGS84)",
        DefaultValueFactory = _ => CoordinateSystem.Wgs84,
        CustomParser = ParseCrs,
    };

    public static Option<CsvEncodingChoice> Encoding() => new("--encoding")
    {
        Description = "Encoding of CSV input / CSV 编码: auto (default: BOM, UTF-8, else GB18030), utf8, gb18030 (gbk)",
        DefaultValueFactory = _ => CsvEncodingChoice.Auto,
        CustomParser = ParseEncoding,
    };

    public static Option<string?> Sheet() => new("--sheet")
    {
        Description = "XLSX sheet to read / 工作表名称 (default: the first sheet)",
    };

    private static CoordinateSystem ParseCrs(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (CoordinateSystemNames.TryParse(text, out var system))
        {
            return system;
        }

        result.AddError($"Unknown coordinate system '{text}' / 未知坐标系; use one of {CoordinateSystemNames.Accepted} (also 高德, 百度, 国家2000, EPSG:4326).");
        return CoordinateSystem.Wgs84;
    }

    private static CsvEncodingChoice ParseEncoding(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim().ToLowerInvariant() : string.Empty;
        switch (text)
        {
            case "auto":
                return CsvEncodingChoice.Auto;
            case "utf8" or "utf-8":
                return CsvEncodingChoice.Utf8;
            case "gb18030" or "gbk" or "gb2312" or "cp936":
                return CsvEncodingChoice.Gb18030;
            default:
                result.AddError($"Unknown encoding '{text}'; use auto, utf8 or gb18030.");
                return CsvEncodingChoice.Auto;
        }
    }
}
