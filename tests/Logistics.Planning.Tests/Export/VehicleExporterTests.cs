using Logistics.Core.Ids;
using Logistics.Planning.Export;
using Logistics.Planning.Import;
using Logistics.Planning.Tests.Import;

namespace Logistics.Planning.Tests.Export;

public class VehicleExporterTests
{
    [Theory]
    [InlineData("vehicles.csv")]
    [InlineData("vehicles.xlsx")]
    public void Export_then_import_gives_equal_vehicle_types(string fileName)
    {
        var scenario = ExportFixture.Scenario();
        var path = Path.Combine(TestFiles.TempDirectory(), fileName);
        VehicleExporter.Write(scenario.VehicleTypes, path);
        var depots = new HashSet<SiteId> { new("HUB"), new("S101") };
        var back = VehicleImporter.Read(path, depots: depots);
        Assert.True(back.Succeeded, string.Join("\n", back.Problems));
        Assert.Equal(scenario.VehicleTypes, back.Value);
    }
}
