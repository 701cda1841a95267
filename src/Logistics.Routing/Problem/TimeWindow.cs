namespace Logistics.Routing.Problem;

/// <summary>A closed interval <c>[Early, Late]</c> in which service may start, in the problem's integer time unit.</summary>
public readonly record struct TimeWindow(long Early, long Late)
{
    /// <summary>A window that never binds.</summary>
    public static TimeWindow Unbounded => new(0, long.MaxValue / 4);

    public override string ToString() => $"[{Early}, {Late}]";
}
