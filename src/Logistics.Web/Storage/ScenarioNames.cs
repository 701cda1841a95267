namespace Logistics.Web.Storage;

/// <summary>Names given by the program: the name of a copy.</summary>
public static class ScenarioNames
{
    /// <summary>
    /// <c>原名（副本）</c>, then <c>原名（副本 2）</c>, … so it differs from every existing name; the original is cut so
    /// the result fits <see cref="InputLimits.Name"/>.
    /// </summary>
    public static string CopyName(string original, IEnumerable<string> existing)
    {
        ArgumentNullException.ThrowIfNull(original);
        var taken = existing.ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "（副本）" : $"（副本 {n}）";
            var room = InputLimits.Name - suffix.Length;
            var stem = original.Length <= room ? original : original[..(room - 1)] + "…";
            var name = stem + suffix;
            if (!taken.Contains(name))
            {
                return name;
            }
        }
    }
}
