using System.Text;

namespace Logistics.Planning.Import;

/// <summary>
/// Header matching shared by the site and vehicle columns: case-insensitive, ignoring spaces, underscores,
/// hyphens, dots, slashes and brackets (ASCII and full-width), so that <c>Visits per week</c>,
/// <c>visits_per_week</c> and <c>载重(kg)</c>/<c>载重kg</c> match.
/// </summary>
public static class ColumnNames
{
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var sb = new StringBuilder(header.Length);
        foreach (var ch in header.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(ch) || ch is '_' or '-' or '.' or '/' or '(' or ')' or '[' or ']' or '\uFEFF')
            {
                continue;
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }

    internal static Dictionary<string, string> Build(IEnumerable<(string Canonical, string[] Aliases)> fields)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, aliases) in fields)
        {
            map[Normalize(canonical)] = canonical;
            foreach (var a in aliases)
            {
                map[Normalize(a)] = canonical;
            }
        }

        return map;
    }
}
