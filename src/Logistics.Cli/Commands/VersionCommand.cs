using System.CommandLine;

namespace Logistics.Cli.Commands;

/// <summary><c>logistics version</c>: prints the tool's version.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the version / 显示版本");
        command.SetAction(parse =>
        {
            var v = typeof(VersionCommand).Assembly.GetName().Version;
            parse.InvocationConfiguration.Output.WriteLine($"logistics {v}");
            return 0;
        });
        return command;
    }
}
