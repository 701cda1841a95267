using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Reads Groër, Golden &amp; Wasil's ConVRP files (<c>convrp/groer2009/*.vrp</c>): TSPLIB-like headers (<c>DIMENSION</c> =
/// customers + 1, <c>NUM_DAYS</c>, <c>CAPACITY</c>, <c>DISTANCE</c> = route-duration limit, 9999999 = none), then
/// <c>NODE_COORD_SECTION</c> (customers), <c>DEMAND_SECTION</c> and <c>SVC_TIME_SECTION</c> (one value per day, demand −1 =
/// no visit that day), <c>DEPOT_SECTION</c> (x y, then −1). A customer is visited on the days with demand ≥ 0.
/// Every error names the file, line and field; all errors found are reported together.
/// </summary>
public static class GroerReader
{
    /// <summary>The value the files use for "no duration limit".</summary>
    public const double NoLimit = 9999999;

    public static PeriodicInstance Read(string path) =>
        Parse(Path.GetFileName(path), File.ReadAllLines(path), Path.GetFileNameWithoutExtension(path));

    public static PeriodicInstance Parse(string file, IReadOnlyList<string> lines, string name)
    {
        var errors = new ErrorList();
        var text = new PeriodicText(file, errors);
        var ci = CultureInfo.InvariantCulture;
        var headers = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var sections = new Dictionary<string, List<(string[] Tokens, int Line)>>(StringComparer.OrdinalIgnoreCase);
        List<(string[], int)>? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i].Trim();
            if (raw.Length == 0)
            {
                continue;
            }

            if (raw.Equals("EOF", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (raw.EndsWith("_SECTION", StringComparison.OrdinalIgnoreCase))
            {
                current = [];
                sections[raw] = current;
                continue;
            }

            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && char.IsLetter(raw[0]))
            {
                headers[raw[..colon].Trim()] = (raw[(colon + 1)..].Trim(), i + 1);
                current = null;
                continue;
            }

            if (current is null)
            {
                text.Add(i + 1, null, raw, "不在任何段内的数据行 / data line outside any section");
                continue;
            }

            current.Add((PeriodicText.Tokens(raw), i + 1));
        }

        long Header(string key)
        {
            if (!headers.TryGetValue(key, out var h))
            {
                text.Add(1, key, null, $"缺少表头 {key} / header {key} missing");
                return long.MinValue;
            }

            return text.Integer(h.Value, h.Line, key);
        }

        var dimension = Header("DIMENSION");
        var days = Header("NUM_DAYS");
        var capacity = Header("CAPACITY");
        var limit = headers.ContainsKey("DISTANCE") ? Header("DISTANCE") : (long)NoLimit;
        foreach (var s in new[] { "NODE_COORD_SECTION", "DEMAND_SECTION", "SVC_TIME_SECTION", "DEPOT_SECTION" })
        {
            if (!sections.ContainsKey(s))
            {
                text.Add(lines.Count, s, null, $"缺少 {s} / {s} missing");
            }
        }

        if (days != long.MinValue && (days < 1 || days > 30))
        {
            text.Add(headers["NUM_DAYS"].Line, "NUM_DAYS", days.ToString(ci), "天数应在 1 到 30 之间 / days must be between 1 and 30");
        }

        if (dimension != long.MinValue && dimension < 2)
        {
            text.Add(headers["DIMENSION"].Line, "DIMENSION", dimension.ToString(ci), "DIMENSION 应 ≥ 2（车场 + 客户）/ DIMENSION must be at least 2 (depot + customers)");
        }

        if (capacity != long.MinValue && capacity <= 0)
        {
            text.Add(headers["CAPACITY"].Line, "CAPACITY", capacity.ToString(ci), "容量应为正 / capacity must be positive");
        }

        errors.ThrowIfAny();
        var t = (int)days;
        var n = (int)dimension - 1;
        var coords = ById(text, sections["NODE_COORD_SECTION"], 2, n, "NODE_COORD_SECTION");
        var demand = ById(text, sections["DEMAND_SECTION"], t, n, "DEMAND_SECTION");
        var service = ById(text, sections["SVC_TIME_SECTION"], t, n, "SVC_TIME_SECTION");
        var depotRows = sections["DEPOT_SECTION"];
        double depotX = 0, depotY = 0;
        if (depotRows.Count == 0 || depotRows[0].Tokens.Length < 2)
        {
            text.Add(depotRows.Count == 0 ? lines.Count : depotRows[0].Line, "DEPOT_SECTION", null, "车场段应有 x y / DEPOT_SECTION must hold x y");
        }
        else
        {
            depotX = text.Number(depotRows[0].Tokens[0], depotRows[0].Line, "depot x");
            depotY = text.Number(depotRows[0].Tokens[1], depotRows[0].Line, "depot y");
        }

        var customers = new List<PeriodicCustomer>(n);
        var notes = new List<string>();
        for (var c = 1; c <= n; c++)
        {
            if (!coords.ContainsKey(c) || !demand.ContainsKey(c) || !service.ContainsKey(c))
            {
                continue;
            }

            var mask = 0;
            var dem = new double[t];
            for (var d = 0; d < t; d++)
            {
                var q = demand[c].Values[d];
                if (q >= 0)
                {
                    mask |= 1 << d;
                    dem[d] = q;
                }
                else if (q != -1)
                {
                    text.Add(demand[c].Line, $"day {d + 1}", q.ToString(ci), "需求应 ≥ 0，或 −1 表示当天不访问 / demand must be ≥ 0, or −1 for no visit that day");
                }

                if (service[c].Values[d] < 0)
                {
                    text.Add(service[c].Line, $"day {d + 1}", service[c].Values[d].ToString(ci), "服务时间不能为负 / service time must not be negative");
                }
            }

            if (mask == 0)
            {
                notes.Add(string.Create(ci, $"{file} line {demand[c].Line}: customer {c} has no visit day (demand −1 every day) and is not served / 客户 {c} 没有访问日，不服务"));
            }

            customers.Add(new PeriodicCustomer(c, coords[c].Values[0], coords[c].Values[1], dem, service[c].Values, mask == 0 ? [] : [mask], DayMask.Count(mask)));
        }

        errors.ThrowIfAny();
        var cap = Enumerable.Repeat((double)capacity, t).ToArray();
        var dur = Enumerable.Repeat(limit >= NoLimit ? double.PositiveInfinity : limit, t).ToArray();
        return new PeriodicInstance(name, PeriodicKind.ConVrp, t, null, cap, dur, depotX, depotY, customers, notes);
    }

    /// <summary>Rows <c>id v1 … vk</c> for ids 1…n, each exactly once; missing, repeated or short rows are errors.</summary>
    private static Dictionary<int, (double[] Values, int Line)> ById(PeriodicText text, List<(string[] Tokens, int Line)> rows, int values, int n, string section)
    {
        var ci = CultureInfo.InvariantCulture;
        var result = new Dictionary<int, (double[], int)>();
        foreach (var (tokens, line) in rows)
        {
            if (tokens.Length < values + 1)
            {
                text.Add(line, section, string.Join(' ', tokens), string.Create(ci, $"此行应有编号和 {values} 个数 / the line needs an id and {values} values"));
                continue;
            }

            var id = text.Integer(tokens[0], line, "id");
            if (id == long.MinValue)
            {
                continue;
            }

            if (id < 1 || id > n)
            {
                text.Add(line, "id", tokens[0], string.Create(ci, $"编号应在 1 到 {n} 之间 / id must be between 1 and {n}"));
                continue;
            }

            if (result.ContainsKey((int)id))
            {
                text.Add(line, "id", tokens[0], "编号重复 / id repeated");
                continue;
            }

            var v = new double[values];
            for (var k = 0; k < values; k++)
            {
                v[k] = text.Number(tokens[k + 1], line, values == 2 ? (k == 0 ? "x" : "y") : $"day {k + 1}");
            }

            result[(int)id] = (v, line);
        }

        for (var c = 1; c <= n; c++)
        {
            if (!result.ContainsKey(c))
            {
                text.Add(rows.Count > 0 ? rows[^1].Line : 0, section, c.ToString(ci), string.Create(ci, $"缺少客户 {c} 的行 / no line for customer {c}"));
            }
        }

        return result;
    }
}
