using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Planning.Periodic;

/// <summary>
/// One row of a periodic family's <c>bks.csv</c>: PVRP <c>cordeau_cost</c> (and <c>best_known_unverified</c>); ConVRP
/// <c>bks_cost</c>, <c>max_arrival_diff_L</c> and <c>template_tabu_cost</c>. Absent columns are null.
/// </summary>
public sealed record PeriodicReference(string Instance, double? Cost, double? ArrivalLimit, double? TemplateTabu, double? BestKnownUnverified)
{
    /// <summary>Reads a <c>bks.csv</c>; errors name the file, row and column.</summary>
    public static IReadOnlyDictionary<string, PeriodicReference> Read(string path)
    {
        var file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        var result = new Dictionary<string, PeriodicReference>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length == 0)
        {
            return result;
        }

        var header = Split(lines[0]);
        var errors = new ErrorList();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Split(lines[i]);
            double? Column(string name)
            {
                var k = Array.IndexOf(header, name);
                if (k < 0 || k >= fields.Length || string.IsNullOrWhiteSpace(fields[k]))
                {
                    return null;
                }

                if (double.TryParse(fields[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    return v;
                }

                errors.Add(new DataError("periodic-bks", "不是数字 / not a number", File: file, Row: i + 1, Column: name, Value: fields[k]));
                return null;
            }

            var name = fields[0];
            result[name] = new PeriodicReference(name, Column("cordeau_cost") ?? Column("bks_cost"), Column("max_arrival_diff_L"), Column("template_tabu_cost"), Column("best_known_unverified"));
        }

        errors.ThrowIfAny();
        return result;
    }

    /// <summary>Splits one CSV line; a field in double quotes may hold commas ("" is a quote).</summary>
    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString().Trim());
        return fields.ToArray();
    }

    /// <summary>The row for an instance file from the <c>bks.csv</c> in its folder or the folder above; null when none.</summary>
    public static PeriodicReference? For(string instancePath)
    {
        var name = Path.GetFileNameWithoutExtension(instancePath);
        for (var dir = new FileInfo(instancePath).Directory; dir is not null; dir = dir.Parent)
        {
            var table = Path.Combine(dir.FullName, "bks.csv");
            if (File.Exists(table) && Read(table).TryGetValue(name, out var row))
            {
                return row;
            }

            if (dir.Name.Equals("benchmarks", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }

        return null;
    }
}
