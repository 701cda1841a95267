using System.Text;
using Logistics.Planning.Import;

namespace Logistics.Planning.Tests.Import;

public class TextEncodingsTests
{
    private const string Chinese = "编号,名称\nV1,龙潭镇梨耳村\n";

    [Fact]
    public void Bom_means_utf8_and_is_skipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Chinese)).ToArray();
        var text = TextEncodings.Decode(bytes, CsvEncodingChoice.Auto, out var used);
        Assert.Equal("UTF-8", TextEncodings.DisplayName(used));
        Assert.Equal(Chinese, text);
    }

    [Fact]
    public void Valid_utf8_without_bom_is_utf8()
    {
        var text = TextEncodings.Decode(Encoding.UTF8.GetBytes(Chinese), CsvEncodingChoice.Auto, out var used);
        Assert.Equal("UTF-8", TextEncodings.DisplayName(used));
        Assert.Equal(Chinese, text);
    }

    [Fact]
    public void Gbk_bytes_are_detected_as_gb18030()
    {
        var bytes = TextEncodings.Gb18030.GetBytes(Chinese);
        var text = TextEncodings.Decode(bytes, CsvEncodingChoice.Auto, out var used);
        Assert.Equal("GB18030", TextEncodings.DisplayName(used));
        Assert.Equal(Chinese, text);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Chinese)).ToArray();
        Assert.Equal(Chinese, TextEncodings.Decode(bytes, CsvEncodingChoice.Auto, out _));
    }

    [Fact]
    public void Forcing_an_encoding_overrides_detection()
    {
        // Pure ASCII is valid UTF-8 and valid GB18030; forcing GB18030 on UTF-8 Chinese gives mojibake, as asked.
        var utf8 = Encoding.UTF8.GetBytes(Chinese);
        Assert.NotEqual(Chinese, TextEncodings.Decode(utf8, CsvEncodingChoice.Gb18030, out var used));
        Assert.Equal("GB18030", TextEncodings.DisplayName(used));
        var gbk = TextEncodings.Gb18030.GetBytes(Chinese);
        Assert.Equal(Chinese, TextEncodings.Decode(gbk, CsvEncodingChoice.Gb18030, out _));
    }
}
