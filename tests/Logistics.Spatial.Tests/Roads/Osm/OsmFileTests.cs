using System.IO.Compression;
using Logistics.Core.Errors;
using Logistics.Spatial.Roads.Osm;

namespace Logistics.Spatial.Tests.Roads.Osm;

public sealed class OsmFileTests
{
    [Fact]
    public void Gzipped_xml_reads_like_the_plain_file()
    {
        var plain = new CountingOsmHandler();
        OsmFile.Read(OsmXmlReaderTests.TestFile("village.osm"), plain, TestContext.Current.CancellationToken);

        var gz = Path.Combine(Path.GetTempPath(), $"village-{Guid.NewGuid():N}.osm.gz");
        try
        {
            using (var output = File.Create(gz))
            using (var zip = new GZipStream(output, CompressionLevel.Fastest))
            using (var input = File.OpenRead(OsmXmlReaderTests.TestFile("village.osm")))
            {
                input.CopyTo(zip);
            }

            var zipped = new CountingOsmHandler();
            OsmFile.Read(gz, zipped, TestContext.Current.CancellationToken);

            Assert.Equal(plain.NodeCount, zipped.NodeCount);
            Assert.Equal(plain.Ways.Select(w => w.Id), zipped.Ways.Select(w => w.Id));
        }
        finally
        {
            File.Delete(gz);
        }
    }

    [Fact]
    public void Bzip2_is_reported_as_unsupported()
    {
        var ex = Assert.Throws<DataValidationException>(() => OsmFile.Read("x.osm.bz2", new CountingOsmHandler(), TestContext.Current.CancellationToken));
        Assert.Equal("osm.unsupported-compression", Assert.Single(ex.Errors).Code);
    }
}
