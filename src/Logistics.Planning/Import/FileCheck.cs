using Logistics.Core.Errors;

namespace Logistics.Planning.Import;

/// <summary>The outcome of checking one data file (or one scenario directory).</summary>
/// <param name="Path">The path as given or relative to the directory checked.</param>
/// <param name="Kind">What the file holds; <see cref="DataFileKind.Other"/> for files that were skipped.</param>
/// <param name="Problems">Every error and warning.</param>
/// <param name="Summary">What was read, e.g. <c>120 sites</c>; empty when the file has errors or was skipped.</param>
public sealed record FileCheck(string Path, DataFileKind Kind, IReadOnlyList<DataError> Problems, string Summary)
{
    public bool HasErrors => Problems.Any(p => p.Severity == DataErrorSeverity.Error);

    public bool Skipped => Kind == DataFileKind.Other && Problems.Count == 0;
}
