using Logistics.Core.Ids;

namespace Logistics.Planning.Coverage;

/// <summary>
/// A what-if change of the outlet set: sites that become outlets (candidate sites or villages without an outlet) and
/// outlets that close (their village stays a demand point). Sites are named by id.
/// </summary>
public sealed record OutletChange
{
    public static readonly OutletChange None = new();

    public IReadOnlyList<SiteId> Add { get; init; } = [];

    public IReadOnlyList<SiteId> Remove { get; init; } = [];

    public bool IsEmpty => Add.Count == 0 && Remove.Count == 0;
}
