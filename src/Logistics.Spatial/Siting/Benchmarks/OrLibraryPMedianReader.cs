using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Spatial.Siting.Benchmarks;

/// <summary>
/// Reads OR-Library <c>pmed</c> files: first <c>n m p</c>, then <c>m</c> lines <c>i j cost</c> (1-based vertices).
/// Convention of OR-Library's <c>pmedinfo</c>: c(i,j) starts at infinity, c(i,i) = 0, each edge line sets
/// c(i,j) = c(j,i) = cost so that for a repeated pair the LAST line wins (not the smallest cost), then
/// Floyd–Warshall gives all shortest paths. Lines joining a vertex to itself are ignored (c(i,i) stays 0).
/// </summary>
public static class OrLibraryPMedianReader
{
    private const int Unreachable = int.MaxValue / 2;

    public static OrLibraryPMedianInstance ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileNameWithoutExtension(path), Path.GetFileName(path));
    }

    public static OrLibraryPMedianInstance Read(TextReader reader, string name, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var numbers = new List<int>();
        string? line;
        int row = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            row++;
            foreach (var token in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                {
                    throw Error(fileName, row, "not-an-integer", "the file must hold whitespace-separated integers", token);
                }

                numbers.Add(value);
            }
        }

        if (numbers.Count < 3)
        {
            throw Error(fileName, 1, "missing-header", "the first line must be 'n m p'", null);
        }

        int n = numbers[0];
        int m = numbers[1];
        int p = numbers[2];
        if (n <= 0 || m < 0 || p <= 0 || p > n)
        {
            throw Error(fileName, 1, "bad-header", "need n > 0, m ≥ 0 and 0 < p ≤ n", $"{n} {m} {p}");
        }

        if (numbers.Count != 3 + (3 * m))
        {
            throw Error(fileName, null, "edge-count-mismatch",
                $"the header announces {m} edge lines ({3 * m} numbers) but {numbers.Count - 3} numbers follow", null);
        }

        var d = new int[n * n];
        Array.Fill(d, Unreachable);
        for (int v = 0; v < n; v++)
        {
            d[(v * n) + v] = 0;
        }

        for (int e = 0; e < m; e++)
        {
            int a = numbers[3 + (3 * e)];
            int b = numbers[4 + (3 * e)];
            int cost = numbers[5 + (3 * e)];
            if (a < 1 || a > n || b < 1 || b > n || cost < 0)
            {
                throw Error(fileName, e + 2, "bad-edge", $"vertices must be in 1..{n} and the cost non-negative", $"{a} {b} {cost}");
            }

            if (a == b)
            {
                continue;
            }

            d[((a - 1) * n) + (b - 1)] = cost;
            d[((b - 1) * n) + (a - 1)] = cost;
        }

        FloydWarshall(d, n);
        for (int k = 0; k < d.Length; k++)
        {
            if (d[k] >= Unreachable)
            {
                throw Error(fileName, null, "disconnected",
                    $"vertex {(k / n) + 1} cannot reach vertex {(k % n) + 1}", null);
            }
        }

        return new OrLibraryPMedianInstance(name, n, m, p, d);
    }

    private static void FloydWarshall(int[] d, int n)
    {
        for (int k = 0; k < n; k++)
        {
            var rowK = d.AsSpan(k * n, n);
            for (int i = 0; i < n; i++)
            {
                int dik = d[(i * n) + k];
                if (dik >= Unreachable)
                {
                    continue;
                }

                var rowI = d.AsSpan(i * n, n);
                for (int j = 0; j < n; j++)
                {
                    int via = dik + rowK[j];
                    if (via < rowI[j])
                    {
                        rowI[j] = via;
                    }
                }
            }
        }
    }

    private static DataValidationException Error(string? file, int? row, string code, string message, string? value) =>
        new([new DataError(code, message, File: file, Row: row, Value: value)]);
}
