namespace Logistics.Planning.Dispatch;

/// <summary>
/// What became of a late order: added to the line(s) that visit the site that day (<see cref="LineIds"/>), or not,
/// with the reason (<see cref="DispatchReasons"/>) and the text.
/// </summary>
public sealed record LateOrderResult(LateOrder Order, bool Added, IReadOnlyList<string> LineIds, string? Reason, string Chinese, string English)
{
    public override string ToString() => $"{(Added ? "[added]" : $"[{Reason}]")} {Order.Site.Value}: {Chinese} / {English}";
}
