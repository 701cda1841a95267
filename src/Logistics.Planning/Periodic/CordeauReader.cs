using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Planning.Periodic;

/// <summary>
/// Reads Cordeau's PVRP files (<c>pvrp/cordeau/p01.txt</c> …): line 1 <c>type m n t</c> (type 1 = PVRP), t lines
/// <c>D Q</c> (duration limit, 0 = none; capacity), then per node <c>i x y d q f a c1 … ca</c> (node 0 = depot; service d,
/// demand q, frequency f, a allowed combinations, each a t-bit number read left to right = day 1 … day t).
/// Every error names the file, line and field; all errors found are reported together.
/// Quirks: a customer on the depot is kept (see <see cref="PeriodicInstance.IsOnDepot"/>) and noted; a stated frequency
/// that disagrees with the combinations (p11's customer 131: 0 stated, one visit in each combination) is noted and the
/// combinations rule.
/// </summary>
public static class CordeauReader
{
    public static PeriodicInstance Read(string path) =>
        Parse(Path.GetFileName(path), File.ReadAllLines(path), Path.GetFileNameWithoutExtension(path));

    public static PeriodicInstance Parse(string file, IReadOnlyList<string> lines, string name)
    {
        var errors = new ErrorList();
        var text = new PeriodicText(file, errors);
        var ci = CultureInfo.InvariantCulture;
        var ln = 0;

        string[] Next(string what)
        {
            while (ln < lines.Count)
            {
                var t = PeriodicText.Tokens(lines[ln++]);
                if (t.Length > 0)
                {
                    return t;
                }
            }

            throw text.Fail(lines.Count + 1, what, null, $"文件提前结束，缺少{what} / file ends early: {what} missing");
        }

        var head = Next("type m n t");
        if (head.Length < 4)
        {
            throw text.Fail(ln, "type m n t", string.Join(' ', head), "首行应为 type m n t 四个数 / line 1 must hold four numbers: type m n t");
        }

        var type = text.Integer(head[0], ln, "type");
        var m = text.Integer(head[1], ln, "m");
        var n = text.Integer(head[2], ln, "n");
        var days = text.Integer(head[3], ln, "t");
        if (type != long.MinValue && type != 1)
        {
            text.Add(ln, "type", head[0], "不是周期性VRP文件（type 应为 1）/ not a PVRP file (type must be 1)");
        }

        if (m != long.MinValue && m < 1)
        {
            text.Add(ln, "m", head[1], "每天车辆数应 ≥ 1 / vehicles per day must be at least 1");
        }

        if (n != long.MinValue && n < 1)
        {
            text.Add(ln, "n", head[2], "客户数应 ≥ 1 / number of customers must be at least 1");
        }

        if (days != long.MinValue && (days < 1 || days > 30))
        {
            text.Add(ln, "t", head[3], "天数应在 1 到 30 之间 / days must be between 1 and 30");
        }

        errors.ThrowIfAny();
        var t = (int)days;
        var capacity = new double[t];
        var duration = new double[t];
        for (var d = 0; d < t; d++)
        {
            var row = Next($"day {d + 1} D Q");
            if (row.Length < 2)
            {
                text.Add(ln, "D Q", string.Join(' ', row), $"第 {d + 1} 天应有 D Q 两个数 / day {d + 1} must hold two numbers: D Q");
                continue;
            }

            var dl = text.Number(row[0], ln, "D");
            var q = text.Number(row[1], ln, "Q");
            if (dl < 0)
            {
                text.Add(ln, "D", row[0], "时长上限不能为负 / duration limit must not be negative");
            }

            if (q <= 0)
            {
                text.Add(ln, "Q", row[1], "容量应为正 / capacity must be positive");
            }

            duration[d] = dl == 0 ? double.PositiveInfinity : dl;
            capacity[d] = q;
        }

        var notes = new List<string>();
        var customers = new List<PeriodicCustomer>();
        double depotX = 0, depotY = 0;
        for (var i = 0; i <= n; i++)
        {
            var row = Next(i == 0 ? "depot line" : $"customer {i} line");
            var at = ln;
            if (row.Length < 7)
            {
                text.Add(at, "i x y d q f a", string.Join(' ', row), "节点行至少应有 7 个数 / a node line needs at least 7 numbers: i x y d q f a");
                continue;
            }

            var id = text.Integer(row[0], at, "i");
            var x = text.Number(row[1], at, "x");
            var y = text.Number(row[2], at, "y");
            var service = text.Number(row[3], at, "d");
            var demand = text.Number(row[4], at, "q");
            var f = text.Integer(row[5], at, "f");
            var a = text.Integer(row[6], at, "a");
            if (id != long.MinValue && id != i)
            {
                text.Add(at, "i", row[0], $"节点编号应为 {i} / node number should be {i}");
            }

            if (service < 0)
            {
                text.Add(at, "d", row[3], "服务时间不能为负 / service time must not be negative");
            }

            if (demand < 0)
            {
                text.Add(at, "q", row[4], "需求不能为负 / demand must not be negative");
            }

            if (i == 0)
            {
                depotX = x;
                depotY = y;
                continue;
            }

            if (a != long.MinValue && (a < 1 || row.Length != 7 + a))
            {
                text.Add(at, "a", row[6], string.Create(ci, $"组合数 a 应 ≥ 1 且其后正好有 a 个组合（此行有 {row.Length - 7} 个）/ a must be at least 1 and exactly a combinations must follow (this line has {row.Length - 7})"));
                continue;
            }

            var combos = new List<int>();
            for (var k = 0; k < a; k++)
            {
                var field = $"c{k + 1}";
                var v = text.Integer(row[7 + k], at, field);
                if (v == long.MinValue)
                {
                    continue;
                }

                if (DayMask.FromCordeau(v, t) is not { } mask)
                {
                    text.Add(at, field, row[7 + k], string.Create(ci, $"组合值应在 1 到 {(1L << t) - 1} 之间（{t} 位） / a combination must be between 1 and {(1L << t) - 1} ({t} bits)"));
                    continue;
                }

                if (combos.Count > 0 && DayMask.Count(mask) != DayMask.Count(combos[0]))
                {
                    text.Add(at, field, row[7 + k], "各组合的访问天数应相同 / every combination must have the same number of visit days");
                }

                combos.Add(mask);
            }

            if (combos.Count == 0)
            {
                continue;
            }

            var visits = DayMask.Count(combos[0]);
            if (f != long.MinValue && f != visits)
            {
                notes.Add(string.Create(ci, $"{file} line {at}: customer {i} states frequency {f} but its combinations have {visits} visit(s); the combinations are used / 客户 {i} 标称频次 {f}，组合为 {visits} 次，按组合"));
            }

            if (x == depotX && y == depotY)
            {
                notes.Add(string.Create(ci, $"{file} line {at}: customer {i} sits on the depot (demand {demand}); travel to it is 0 / 客户 {i} 与车场重合"));
            }

            customers.Add(new PeriodicCustomer(i, x, y, Enumerable.Repeat(demand, t).ToArray(), Enumerable.Repeat(service, t).ToArray(), combos, (int)f));
        }

        errors.ThrowIfAny();
        return new PeriodicInstance(name, PeriodicKind.Pvrp, t, (int)m, capacity, duration, depotX, depotY, customers, notes);
    }
}
