namespace Logistics.Planning.Network;

/// <summary>A site's demand for each day of the week, Monday (周一) first.</summary>
public sealed class WeeklyDemand : IEquatable<WeeklyDemand>
{
    public static readonly WeeklyDemand None = new(Enumerable.Repeat(DailyDemand.None, 7).ToArray());

    private readonly DailyDemand[] _days;

    public WeeklyDemand(IReadOnlyList<DailyDemand> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count != 7)
        {
            throw new ArgumentException($"A weekly demand needs 7 days (Monday first), got {days.Count}.", nameof(days));
        }

        _days = days.ToArray();
    }

    /// <summary>The seven days, index 0 = Monday … 6 = Sunday.</summary>
    public IReadOnlyList<DailyDemand> Days => _days;

    public DailyDemand this[DayOfWeek day] => _days[Weekdays.Index(day)];

    public Quantity WeekDown => _days.Aggregate(Quantity.Zero, (sum, d) => sum + d.Down);

    public Quantity WeekUp => _days.Aggregate(Quantity.Zero, (sum, d) => sum + d.Up);

    public bool Equals(WeeklyDemand? other) => other is not null && _days.SequenceEqual(other._days);

    public override bool Equals(object? obj) => Equals(obj as WeeklyDemand);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var d in _days)
        {
            hash.Add(d);
        }

        return hash.ToHashCode();
    }
}
