namespace Logistics.Planning.Network;

/// <summary>The daily window in which a site can be served (the same every service day).</summary>
public readonly record struct OpeningHours(TimeOnly Open, TimeOnly Close)
{
    public static readonly OpeningHours Default = new(new TimeOnly(8, 0), new TimeOnly(18, 0));

    public static readonly OpeningHours AllDay = new(TimeOnly.MinValue, new TimeOnly(23, 59, 59));

    public bool IsValid => Close > Open;

    public override string ToString() => $"{Open:HH\\:mm}-{Close:HH\\:mm}";
}
