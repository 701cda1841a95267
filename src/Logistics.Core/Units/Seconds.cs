namespace Logistics.Core.Units;

/// <summary>A duration or a time of day in whole seconds: the solver's integer time unit.</summary>
public readonly record struct Seconds(long Value) : IComparable<Seconds>
{
    public static readonly Seconds Zero = new(0);

    public static Seconds FromMinutes(double minutes) => new((long)Math.Round(minutes * 60.0, MidpointRounding.AwayFromZero));

    public static Seconds FromHours(double hours) => new((long)Math.Round(hours * 3600.0, MidpointRounding.AwayFromZero));

    public static Seconds FromTimeSpan(TimeSpan span) => new((long)Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero));

    public static Seconds FromTimeOfDay(TimeOnly time) => new(time.Hour * 3600L + time.Minute * 60L + time.Second);

    public double Minutes => Value / 60.0;

    public double Hours => Value / 3600.0;

    public TimeSpan ToTimeSpan() => TimeSpan.FromSeconds(Value);

    public static Seconds operator +(Seconds a, Seconds b) => new(a.Value + b.Value);
    public static Seconds operator -(Seconds a, Seconds b) => new(a.Value - b.Value);
    public static bool operator <(Seconds a, Seconds b) => a.Value < b.Value;
    public static bool operator >(Seconds a, Seconds b) => a.Value > b.Value;
    public static bool operator <=(Seconds a, Seconds b) => a.Value <= b.Value;
    public static bool operator >=(Seconds a, Seconds b) => a.Value >= b.Value;

    public int CompareTo(Seconds other) => Value.CompareTo(other.Value);

    public override string ToString() => $"{Value} s";
}
