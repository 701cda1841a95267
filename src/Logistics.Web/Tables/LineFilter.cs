using Logistics.Planning.Lines;

namespace Logistics.Web.Tables;

/// <summary>
/// The Lines grid's filters: a search over line id, name and stop names, a township, a kind and a service day. Empty
/// values do not filter. The grid sorts and pages what <see cref="Apply"/> returns.
/// </summary>
public sealed class LineFilter
{
    /// <summary>Longest search text kept, characters.</summary>
    public const int MaxSearch = 40;

    private string _search = string.Empty;

    public string Search
    {
        get => _search;
        set
        {
            var text = (value ?? string.Empty).Trim();
            _search = text.Length > MaxSearch ? text[..MaxSearch] : text;
        }
    }

    /// <summary>A township name (from <see cref="LineRow.Townships"/>), or empty for all.</summary>
    public string Township { get; set; } = string.Empty;

    /// <summary>A kind, or null for all.</summary>
    public LineKind? Kind { get; set; }

    /// <summary>A day of the week the line must run on, or null for all.</summary>
    public DayOfWeek? Day { get; set; }

    /// <summary>True when any filter is set.</summary>
    public bool Active => Search.Length > 0 || Township.Length > 0 || Kind is not null || Day is not null;

    public bool Matches(LineRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (Search.Length == 0
                || row.Line.Id.Contains(Search, StringComparison.OrdinalIgnoreCase)
                || row.Line.Name.Contains(Search, StringComparison.OrdinalIgnoreCase)
                || row.StopNames.Contains(Search, StringComparison.OrdinalIgnoreCase))
            && (Township.Length == 0 || row.Townships.Contains(Township, StringComparer.Ordinal))
            && (Kind is null || row.Line.Kind == Kind)
            && (Day is null || row.Line.ServiceDays.Contains(Day.Value));
    }

    public IReadOnlyList<LineRow> Apply(IEnumerable<LineRow> rows) => rows.Where(Matches).ToList();

    public void Clear()
    {
        Search = string.Empty;
        Township = string.Empty;
        Kind = null;
        Day = null;
    }
}
