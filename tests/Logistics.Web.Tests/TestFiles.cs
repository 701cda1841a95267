using System.Text;
using Logistics.Tests.Shared;

namespace Logistics.Web.Tests;

/// <summary>Upload files for the import tests, made from the shipped demo county's sites.csv.</summary>
internal static class TestFiles
{
    public const string BadLatitude = "北纬三十度";

    public static byte[] DemoSitesCsv() => File.ReadAllBytes(Path.Combine(SharedPaths.RepositoryRoot(), "data", "demo-county", "sites.csv"));

    /// <summary>The demo sites.csv with the name of its first village outlet replaced by <paramref name="name"/> (no comma or quote in it).</summary>
    public static byte[] SitesCsvWithOutletNamed(string name)
    {
        var lines = Encoding.UTF8.GetString(DemoSitesCsv()).TrimStart('\uFEFF').Split('\n');
        var header = lines[0].TrimEnd('\r').Split(',');
        var (nameColumn, tier) = (Array.IndexOf(header, "name"), Array.IndexOf(header, "tier"));
        var row = Array.FindIndex(lines, l => l.Split(',') is { Length: > 3 } c && c[tier] == "outlet");
        var cells = lines[row].TrimEnd('\r').Split(',');
        cells[nameColumn] = name;
        lines[row] = string.Join(',', cells);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>The demo sites.csv with the latitude of its 6th data row made unreadable; returns the file and that row as a spreadsheet shows it.</summary>
    public static (byte[] File, int Row) SitesCsvWithBadLatitude()
    {
        var lines = Encoding.UTF8.GetString(DemoSitesCsv()).TrimStart('\uFEFF').Split('\n');
        var header = lines[0].TrimEnd('\r').Split(',');
        var lat = Array.IndexOf(header, "lat");
        Assert.True(lat >= 0, "the demo sites.csv has a 'lat' column");
        const int dataRow = 6;
        var cells = lines[dataRow].TrimEnd('\r').Split(',');
        cells[lat] = BadLatitude;
        lines[dataRow] = string.Join(',', cells);
        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), dataRow + 1);
    }
}
