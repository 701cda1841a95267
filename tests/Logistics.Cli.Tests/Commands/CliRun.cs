using System.CommandLine;

namespace Logistics.Cli.Tests.Commands;

/// <summary>Runs CLI commands in-process for the tests, with output and errors captured together.</summary>
internal static class CliRun
{
    /// <summary>Parses and invokes <paramref name="args"/> on a root command holding <paramref name="commands"/>.</summary>
    public static (int Exit, string Output) Invoke(Command[] commands, string[] args)
    {
        var root = new RootCommand();
        foreach (var command in commands)
        {
            root.Add(command);
        }

        using var output = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }
}
