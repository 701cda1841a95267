namespace Logistics.Core.Ids;

/// <summary>The identifier of a vehicle type in a fleet.</summary>
public readonly record struct VehicleTypeId
{
    public VehicleTypeId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A vehicle type id must not be empty.", nameof(value));
        }

        Value = value.Trim();
    }

    public string Value { get; }

    public override string ToString() => Value;
}
