namespace Logistics.Routing.Search.Operators;

/// <summary>A move between two whole routes; <see cref="Improve"/> applies the best improving move it finds.</summary>
internal interface IRouteOperator
{
    string Name { get; }

    /// <summary>Searches moves between routes <paramref name="a"/> and <paramref name="b"/>; applies one and returns true when it improves.</summary>
    bool Improve(SearchRoute a, SearchRoute b);
}
