namespace Logistics.Core.Errors;

/// <summary>Thrown when data cannot be accepted; carries every problem found, not only the first.</summary>
public sealed class DataValidationException : Exception
{
    public DataValidationException(IReadOnlyList<DataError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<DataError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<DataError> errors)
    {
        var shown = errors.Take(20).Select(e => e.ToString());
        var more = errors.Count > 20 ? $"{Environment.NewLine}… and {errors.Count - 20} more" : string.Empty;
        return $"{errors.Count(e => e.Severity == DataErrorSeverity.Error)} error(s):{Environment.NewLine}"
            + string.Join(Environment.NewLine, shown) + more;
    }
}
