using System.CommandLine;
using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Cli.Commands.Data;

/// <summary>
/// How the plan commands read their scenario: one bad row (a village far from its township, a vehicle type without
/// vehicles) is left out with a warning naming file, row and reason, and the rest is planned; <c>--strict</c>
/// refuses the whole scenario instead (see <see cref="BadRows"/>).
/// </summary>
public static class ScenarioLoading
{
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Refuse the scenario when any row is bad (default: leave out a bad village or a vehicle type without vehicles, with a warning) / 严格模式：任何一行有错即拒绝整个情景",
    };

    /// <summary>Reads the scenario, printing the rows left out and every error; false when it cannot be used.</summary>
    public static bool TryRead(TextWriter output, string path, bool strict, out Scenario scenario)
    {
        var result = ScenarioImporter.Read(path, new ImportOptions { ExcludeBadRows = !strict });
        if (!result.Succeeded)
        {
            output.WriteLine($"[errors] {path}: {ProblemReport.Counts(result.Problems)}");
            ProblemReport.WriteAll(output, result.Problems);
            scenario = null!;
            return false;
        }

        var excluded = result.Warnings.Where(w => w.Message.StartsWith(BadRows.ExcludedPrefix, StringComparison.Ordinal)).ToList();
        if (excluded.Count > 0)
        {
            output.WriteLine($"[warnings] {path}: 已排除 {excluded.Count} 行 / {excluded.Count} row(s) excluded (--strict refuses them)");
            ProblemReport.WriteAll(output, excluded);
        }

        scenario = result.Value!;
        return true;
    }
}
