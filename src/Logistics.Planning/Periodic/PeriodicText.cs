using System.Globalization;
using Logistics.Core.Errors;

namespace Logistics.Planning.Periodic;

/// <summary>Token and number parsing for the periodic readers; every error names the file, line and field.</summary>
internal sealed class PeriodicText(string file, ErrorList errors)
{
    public const string Code = "periodic-format";

    public string File => file;

    public static string[] Tokens(string line) =>
        line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);

    public void Add(int line, string? field, string? value, string message) =>
        errors.Add(new DataError(Code, message, File: file, Row: line, Column: field, Value: value));

    public DataValidationException Fail(int line, string? field, string? value, string message)
    {
        Add(line, field, value, message);
        return new DataValidationException(errors.Items.ToList());
    }

    public double Number(string token, int line, string field)
    {
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
        {
            return v;
        }

        Add(line, field, token, "不是数字 / not a number");
        return double.NaN;
    }

    public long Integer(string token, int line, string field)
    {
        if (long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < 1e15)
        {
            return (long)d;
        }

        Add(line, field, token, "不是整数 / not an integer");
        return long.MinValue;
    }
}
