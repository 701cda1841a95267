using Logistics.Core.Errors;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Reads a periodic solution file: Cordeau's <c>.res</c> (line 1 total; then <c>day vehicle duration load 0 c1 … ck 0</c>)
/// or the ConVRP layout (<c>Day d Vehicle k: c1 … ck</c>, last line <c>Cost x</c>). The stated duration and load of a
/// <c>.res</c> line are not trusted: the checker recomputes them. Errors name the file, line and field.
/// </summary>
public static class PeriodicSolutionReader
{
    public static PeriodicSolution Read(string path) => Parse(Path.GetFileName(path), File.ReadAllLines(path));

    public static PeriodicSolution Parse(string file, IReadOnlyList<string> lines)
    {
        var errors = new ErrorList();
        var text = new PeriodicText(file, errors);
        var routes = new List<PeriodicRoute>();
        double? stated = null;
        var first = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = i + 1;
            var tokens = PeriodicText.Tokens(lines[i]);
            if (tokens.Length == 0)
            {
                continue;
            }

            if (tokens[0].Equals("Cost", StringComparison.OrdinalIgnoreCase) && tokens.Length >= 2)
            {
                stated = text.Number(tokens[1], line, "Cost");
                continue;
            }

            if (tokens[0].Equals("Day", StringComparison.OrdinalIgnoreCase))
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                var head = colon < 0 ? tokens : PeriodicText.Tokens(lines[i][..colon]);
                if (colon < 0 || head.Length != 4 || !head[2].Equals("Vehicle", StringComparison.OrdinalIgnoreCase))
                {
                    text.Add(line, "Day d Vehicle k:", lines[i].Trim(), "应为 “Day d Vehicle k: c1 … ck” / expected 'Day d Vehicle k: c1 … ck'");
                    continue;
                }

                var customers = PeriodicText.Tokens(lines[i][(colon + 1)..]).Select((t, k) => (int)text.Integer(t, line, $"customer {k + 1}")).ToArray();
                routes.Add(new PeriodicRoute((int)text.Integer(head[1], line, "day"), (int)text.Integer(head[3], line, "vehicle"), customers));
                first = false;
                continue;
            }

            if (first && tokens.Length == 1)
            {
                stated = text.Number(tokens[0], line, "total cost");
                first = false;
                continue;
            }

            first = false;
            if (tokens.Length < 6 || tokens[4] != "0" || tokens[^1] != "0")
            {
                text.Add(line, "day vehicle duration load 0 … 0", lines[i].Trim(), "应为 “day vehicle duration load 0 c1 … ck 0” / expected 'day vehicle duration load 0 c1 … ck 0'");
                continue;
            }

            var seq = tokens[5..^1].Select((t, k) => (int)text.Integer(t, line, $"customer {k + 1}")).ToArray();
            text.Number(tokens[2], line, "duration");
            text.Number(tokens[3], line, "load");
            routes.Add(new PeriodicRoute((int)text.Integer(tokens[0], line, "day"), (int)text.Integer(tokens[1], line, "vehicle"), seq));
        }

        errors.ThrowIfAny();
        return new PeriodicSolution(routes, []) { StatedCost = stated };
    }
}
