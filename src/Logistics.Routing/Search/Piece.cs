namespace Logistics.Routing.Search;

/// <summary>
/// A piece of a proposed route: positions <c>From..To</c> (inclusive, client positions) of <see cref="Route"/>, in
/// reverse when <see cref="Reversed"/>; or a single location when <see cref="Route"/> is null.
/// </summary>
internal readonly record struct Piece(SearchRoute? Route, int From, int To, bool Reversed, int Location)
{
    public static Piece Range(SearchRoute route, int from, int to) => new(route, from, to, false, -1);

    public static Piece ReversedRange(SearchRoute route, int from, int to) => new(route, from, to, true, -1);

    public static Piece Single(int location) => new(null, 0, 0, false, location);
}
