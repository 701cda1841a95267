using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>
/// The outcome of an import: all or nothing. Either <see cref="Value"/> holds the data (and
/// <see cref="Problems"/> only warnings), or <see cref="Value"/> is null and <see cref="Problems"/> lists every
/// error found, each naming file, row, column and value.
/// </summary>
public sealed class ImportResult<T>
    where T : class
{
    private ImportResult(T? value, IReadOnlyList<DataError> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }

    /// <summary>Errors and warnings, in file order.</summary>
    public IReadOnlyList<DataError> Problems { get; }

    public bool Succeeded => Value is not null;

    public IReadOnlyList<DataError> Errors => Problems.Where(p => p.Severity == DataErrorSeverity.Error).ToList();

    public IReadOnlyList<DataError> Warnings => Problems.Where(p => p.Severity == DataErrorSeverity.Warning).ToList();

    public static ImportResult<T> Success(T value, IReadOnlyList<DataError> warnings)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (warnings.Any(w => w.Severity == DataErrorSeverity.Error))
        {
            throw new ArgumentException("A successful import carries warnings only.", nameof(warnings));
        }

        return new ImportResult<T>(value, warnings);
    }

    public static ImportResult<T> Failure(IReadOnlyList<DataError> problems)
    {
        if (!problems.Any(p => p.Severity == DataErrorSeverity.Error))
        {
            throw new ArgumentException("A failed import needs at least one error.", nameof(problems));
        }

        return new ImportResult<T>(null, problems);
    }

    /// <summary>The same problems with the value (when there is one) turned into another.</summary>
    public ImportResult<TOut> Map<TOut>(Func<T, TOut> map)
        where TOut : class
    {
        ArgumentNullException.ThrowIfNull(map);
        return Value is null
            ? ImportResult<TOut>.Failure(Problems)
            : ImportResult<TOut>.Success(map(Value), Warnings);
    }

    /// <summary>The data, or a <see cref="DataValidationException"/> carrying every problem.</summary>
    public T GetValueOrThrow() => Value ?? throw new DataValidationException(Problems);
}
