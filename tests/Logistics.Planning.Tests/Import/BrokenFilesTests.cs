using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Planning.Import;

namespace Logistics.Planning.Tests.Import;

/// <summary>The five hand-made broken files: each problem is found with its row and column.</summary>
public class BrokenFilesTests
{
    private static IReadOnlyList<DataError> ErrorsOf(string name)
    {
        var result = SiteImporter.Read(TestFiles.Path("broken", name));
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.All(result.Errors, e => Assert.Equal(name, e.File));
        return result.Errors;
    }

    [Fact]
    public void Unknown_coordinate_system()
    {
        var e = Assert.Single(ErrorsOf("unknown-crs.csv"));
        Assert.Equal("unknown-crs", e.Code);
        Assert.Equal(3, e.Row);
        Assert.Equal("crs", e.Column);
        Assert.Equal("Xian80", e.Value);
        Assert.Contains(CoordinateSystemNames.Accepted, e.Message);
    }

    [Fact]
    public void Duplicate_id()
    {
        var e = Assert.Single(ErrorsOf("duplicate-id.csv"));
        Assert.Equal("duplicate-id", e.Code);
        Assert.Equal(6, e.Row);
        Assert.Equal("id", e.Column);
        Assert.Equal("V10101", e.Value);
        Assert.Contains("row 4", e.Message);
    }

    [Fact]
    public void Missing_column()
    {
        var e = Assert.Single(ErrorsOf("missing-column.csv"));
        Assert.Equal("missing-column", e.Code);
        Assert.Equal(1, e.Row);
        Assert.Equal("lat", e.Column);
        Assert.Contains("纬度", e.Message); // the accepted headers
        Assert.Contains("'经度'", e.Message); // the headers found
    }

    [Fact]
    public void Village_far_from_its_township()
    {
        var e = Assert.Single(ErrorsOf("village-far.csv"));
        Assert.Equal("far-from-township", e.Code);
        Assert.Equal(4, e.Row);
        Assert.Equal("lon", e.Column);
        Assert.Equal("108.9536, 29.3331", e.Value);
        Assert.Contains("80.", e.Message);
        Assert.Equal("site V10109", e.Entity);
    }

    [Fact]
    public void Negative_demand()
    {
        var e = Assert.Single(ErrorsOf("negative-demand.csv"));
        Assert.Equal("negative-demand", e.Code);
        Assert.Equal(3, e.Row);
        Assert.Equal("demand_tue_produce_kg", e.Column);
        Assert.Equal("-25", e.Value);
    }
}
