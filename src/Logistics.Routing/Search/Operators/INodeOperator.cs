namespace Logistics.Routing.Search.Operators;

/// <summary>
/// A move around a routed client <c>u</c> and a position <c>(route, pos)</c> (pos 0 is the start depot, used to
/// insert at the front). <see cref="Evaluate"/> returns the exact change of penalised cost, or 0 when the move does not
/// apply or a cheap distance bound proves it cannot improve; <see cref="Apply"/> performs it.
/// </summary>
internal interface INodeOperator
{
    string Name { get; }

    long Evaluate(int u, SearchRoute rv, int pv);

    void Apply(int u, SearchRoute rv, int pv);
}
