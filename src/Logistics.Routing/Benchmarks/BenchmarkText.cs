using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Routing.Benchmarks;

/// <summary>Small parsing helpers shared by the benchmark readers; errors name the file and line.</summary>
internal static class BenchmarkText
{
    public static string[] Tokens(string line) =>
        line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);

    public static double Number(string token, string file, int line, string column)
    {
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
        {
            throw Error(file, line, column, token, "not a number");
        }

        return v;
    }

    public static long Integer(string token, string file, int line, string column)
    {
        double v = Number(token, file, line, column);
        if (v != Math.Floor(v))
        {
            throw Error(file, line, column, token, "not an integer");
        }

        return (long)v;
    }

    public static DataValidationException Error(string file, int line, string? column, string? value, string message) =>
        new([new DataError("benchmark-format", message, File: file, Row: line, Column: column, Value: value)]);

    /// <summary>Splits <c>KEY : value</c> (tabs and spaces around the colon allowed).</summary>
    public static bool TryHeader(string line, out string key, out string value)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            key = value = string.Empty;
            return false;
        }

        key = line[..colon].Trim().ToUpperInvariant();
        value = line[(colon + 1)..].Trim().Trim('"').Trim();
        return true;
    }

    public static long[,] Euclidean(double[] x, double[] y, double scale, bool roundUp)
    {
        int n = x.Length;
        var m = new long[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double d = Math.Sqrt((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])) * scale;
                m[i, j] = roundUp ? (long)Math.Ceiling(d - 1e-7) : (long)Math.Round(d, MidpointRounding.AwayFromZero);
            }
        }

        return m;
    }
}
