using Logistics.Core.Errors;
using Logistics.Planning.Counties;

namespace Logistics.Planning.Tests.Counties;

public sealed class CountyGeodataReaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "logistics-geodata-" + Guid.NewGuid().ToString("N"));

    public CountyGeodataReaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reads_quoted_fields_empty_points_and_rows()
    {
        File.WriteAllText(Path.Combine(_dir, "townships_500231.csv"),
            "code,name,name_short,type,lon,lat,coord_source,source\n" +
            "500231001,桂溪街道,桂溪,subdistrict 街道,107.354301,30.327163,vonng_adcode,\"a, b; c\"\n" +
            "500231101,新民镇,新民,town 镇,,,none,x\n");
        var t = new CountyGeodataReader(_dir).ReadTownships("500231");
        Assert.Equal(2, t.Count);
        Assert.True(t[0].IsSubdistrict && t[0].HasSourcePoint);
        Assert.Equal(107.354301, t[0].Location!.Value.Lon);
        Assert.Null(t[1].Location);
        Assert.Equal(3, t[1].Row);
    }

    [Fact]
    public void Problems_name_file_row_and_column()
    {
        File.WriteAllText(Path.Combine(_dir, "villages_500231.csv"),
            "code,name,name_short,township_code,ur_code,lon,lat,coord_check\n" +
            "500231001001,东街社区居委会,东街社区,500231001,121,107.35,x,ok\n" +
            "5002310,短码村委会,短码村,500231001,220,,,\n");
        var ex = Assert.Throws<DataValidationException>(() => new CountyGeodataReader(_dir).ReadVillages("500231"));
        Assert.Contains(ex.Errors, e => e.Code == "bad-coordinate" && e.Row == 2 && e.Column == "lat" && e.File!.EndsWith("villages_500231.csv", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Code == "bad-village-code" && e.Row == 3 && e.Column == "code" && e.Value == "5002310");
    }

    [Fact]
    public void Missing_columns_and_files_are_reported()
    {
        File.WriteAllText(Path.Combine(_dir, "townships_500231.csv"), "code,name\n500231001,桂溪街道\n");
        var ex = Assert.Throws<DataValidationException>(() => new CountyGeodataReader(_dir).ReadTownships("500231"));
        Assert.Contains(ex.Errors, e => e.Code == "missing-column" && e.Column == "lon");
        var missing = Assert.Throws<DataValidationException>(() => new CountyGeodataReader(_dir).ReadVillages("500231"));
        Assert.Equal("unreadable-file", Assert.Single(missing.Errors).Code);
    }
}
