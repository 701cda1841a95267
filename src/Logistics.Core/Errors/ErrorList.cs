namespace Logistics.Core.Errors;

/// <summary>Collects problems while data is checked, so that all of them are reported at once.</summary>
public sealed class ErrorList
{
    private readonly List<DataError> _items = [];

    public IReadOnlyList<DataError> Items => _items;

    public bool HasErrors => _items.Any(e => e.Severity == DataErrorSeverity.Error);

    public void Add(DataError error) => _items.Add(error);

    public void AddRange(IEnumerable<DataError> errors) => _items.AddRange(errors);

    /// <summary>Throws a <see cref="DataValidationException"/> when any error (not warning) was collected.</summary>
    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new DataValidationException(_items.ToList());
        }
    }
}
