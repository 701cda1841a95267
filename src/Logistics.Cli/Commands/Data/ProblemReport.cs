using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Cli.Commands.Data;

/// <summary>Prints problems one per line (file, row, column, entity, code, message, value) and counts them.</summary>
public static class ProblemReport
{
    public static void WriteAll(TextWriter output, IEnumerable<DataError> problems, string indent = "  ")
    {
        foreach (var p in problems)
        {
            output.WriteLine(indent + p);
        }
    }

    public static string Counts(IReadOnlyCollection<DataError> problems)
    {
        var errors = problems.Count(p => p.Severity == DataErrorSeverity.Error);
        var warnings = problems.Count - errors;
        return string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s)");
    }
}
