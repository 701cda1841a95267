using Logistics.Core.Errors;
using Logistics.Planning.Network;

namespace Logistics.Planning.Import;

/// <summary>
/// Applies <see cref="BadRows"/> to the problems of one file: the rows that may go and whose errors allow it are
/// left out, and their errors become warnings saying so (file, row, column and value kept).
/// </summary>
internal static class RowExcluder
{
    /// <summary>
    /// <paramref name="mayGo"/> says which rows may be left out at all; <paramref name="goes"/> whether a row's errors
    /// leave it out. Returns the problems (excluded rows' errors now warnings, order kept) and the excluded rows.
    /// </summary>
    public static (List<DataError> Problems, HashSet<int> Rows) Exclude(
        IReadOnlyList<DataError> problems,
        Func<int, bool> mayGo,
        Func<IReadOnlyList<DataError>, bool> goes)
    {
        var rows = problems
            .Where(p => p.Severity == DataErrorSeverity.Error && p.Row is int r && mayGo(r))
            .GroupBy(p => p.Row!.Value)
            .Where(g => goes(problems.Where(p => p.Row == g.Key && p.Severity == DataErrorSeverity.Error).ToList()))
            .Select(g => g.Key)
            .ToHashSet();
        var result = problems
            .Select(p => p.Row is int r && rows.Contains(r) && p.Severity == DataErrorSeverity.Error ? BadRows.AsExcluded(p) : p)
            .ToList();
        return (result, rows);
    }
}
