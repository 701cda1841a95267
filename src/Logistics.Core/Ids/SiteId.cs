namespace Logistics.Core.Ids;

/// <summary>The identifier of a site (hub, station, outlet, candidate or village) as the user's data gives it.</summary>
public readonly record struct SiteId
{
    public SiteId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A site id must not be empty.", nameof(value));
        }

        Value = value.Trim();
    }

    public string Value { get; }

    public override string ToString() => Value;
}
