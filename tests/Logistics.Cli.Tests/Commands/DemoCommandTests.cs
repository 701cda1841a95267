using Logistics.Cli.Commands;
using Logistics.Tests.Shared;

namespace Logistics.Cli.Tests.Commands;

public class DemoCommandTests
{
    private static (int Exit, string Output) Run(params string[] args) => CliRun.Invoke([DemoCommand.Create(), ValidateCommand.Create()], args);

    [Fact]
    public void Demo_command_regenerates_the_shipped_files_exactly_and_they_validate()
    {
        var dir = Directory.CreateTempSubdirectory("logistics-cli-demo").FullName;
        try
        {
            var (exit, output) = Run("demo", "--out", dir);
            Assert.True(exit == 0, output);
            Assert.Contains("青岭县", output);
            Assert.Contains("stations", output);

            var shipped = Path.Combine(SharedPaths.RepositoryRoot(), "data", "demo-county");
            foreach (var name in new[] { "scenario.json", "sites.csv", "vehicles.csv" })
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(shipped, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, name))),
                    $"{name} written by `logistics demo` differs from data/demo-county/{name}");
            }

            var (validateExit, validateOutput) = Run("validate", Path.Combine(dir, "scenario.json"));
            Assert.True(validateExit == 0, validateOutput);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Another_seed_gives_another_county()
    {
        var dir = Directory.CreateTempSubdirectory("logistics-cli-demo").FullName;
        try
        {
            var (exit, output) = Run("demo", "--out", dir, "--seed", "7");
            Assert.True(exit == 0, output);
            var shipped = File.ReadAllBytes(Path.Combine(SharedPaths.RepositoryRoot(), "data", "demo-county", "scenario.json"));
            Assert.False(shipped.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "scenario.json"))));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
