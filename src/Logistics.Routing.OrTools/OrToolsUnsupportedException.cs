namespace Logistics.Routing.OrTools;

/// <summary>
/// The problem or the options use something OR-Tools' routing library cannot express exactly; the adapter refuses
/// instead of approximating. <see cref="Exception.Message"/> lists every reason, Chinese first, English second.
/// </summary>
public sealed class OrToolsUnsupportedException : NotSupportedException
{
    public OrToolsUnsupportedException(IReadOnlyList<string> reasons)
        : base("OR-Tools 无法精确表达此问题 / OR-Tools cannot express this problem exactly: " + string.Join(" ", reasons))
    {
        Reasons = reasons;
    }

    /// <summary>Each reason on its own, Chinese then English.</summary>
    public IReadOnlyList<string> Reasons { get; }
}
