namespace Logistics.Planning.Tests.Import;

/// <summary>The hand-made files under TestData/, copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>A fresh empty directory under the temp folder, for files a test writes.</summary>
    public static string TempDirectory()
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "logistics-io-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
