using System.Globalization;
using System.Text;

namespace Logistics.Spatial.Roads.Osm;

/// <summary>
/// Writes a synthetic county-sized road network as OSM XML, for benchmarks when no real extract is at hand: a
/// jittered n × n grid near 107°E 30°N with ~100 m spacing; every 25th line secondary (县道), every 5th tertiary
/// (乡道), the rest unclassified or residential (村道) in pieces of 3–12 nodes, 8 % of the minor pieces missing (dead
/// ends and detours, so drives wind like hill roads), 3 % of the residential pieces oneway. Deterministic for a seed.
/// With <c>restrictionShare</c> &gt; 0, that share of the crossings where a piece of each line ends gets a turn
/// restriction relation (alternately no_left_turn from the east-west piece arriving there to the north-south piece
/// leaving it, and only_straight_on from it to the next east-west piece), drawn with a separate random stream, so
/// the nodes and ways are the same as without.
/// </summary>
public static class SyntheticRoadGrid
{
    public static void Write(TextWriter w, int size = 250, int seed = 3, double restrictionShare = 0)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 2);
        if (!(restrictionShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(restrictionShare), "The share of crossings with a turn restriction must be in [0, 1].");
        }

        // Kept pieces by (direction, line, position): the way ending there and the way starting there.
        var endingAt = new Dictionary<(int Horizontal, int Line, int Position), long>();
        var startingAt = new Dictionary<(int Horizontal, int Line, int Position), long>();
        var random = new Random(seed);
        const double lon0 = 107.0, lat0 = 30.0, step = 0.0009;
        var inv = CultureInfo.InvariantCulture;
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"logistics synthetic grid\">\n");
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                var lat = lat0 + i * step + Jitter(random);
                var lon = lon0 + j * step * 1.15 + Jitter(random);
                w.Write(string.Create(inv, $"<node id=\"{Node(size, i, j)}\" lat=\"{lat:F7}\" lon=\"{lon:F7}\"/>\n"));
            }
        }

        var wayId = 1L;
        for (var horizontal = 0; horizontal < 2; horizontal++)
        {
            for (var line = 0; line < size; line++)
            {
                var highway = line % 25 == 0 ? "secondary" : line % 5 == 0 ? "tertiary" : random.Next(2) == 0 ? "unclassified" : "residential";
                var major = highway is "secondary" or "tertiary";
                for (var start = 0; start < size - 1;)
                {
                    var end = Math.Min(size - 1, start + random.Next(3, 13));
                    if (major || random.NextDouble() > 0.08)
                    {
                        endingAt[(horizontal, line, end)] = wayId;
                        startingAt[(horizontal, line, start)] = wayId;
                        var way = new StringBuilder();
                        way.Append(inv, $"<way id=\"{wayId++}\">");
                        for (var k = start; k <= end; k++)
                        {
                            way.Append(inv, $"<nd ref=\"{(horizontal == 0 ? Node(size, line, k) : Node(size, k, line))}\"/>");
                        }

                        way.Append(inv, $"<tag k=\"highway\" v=\"{highway}\"/>");
                        if (highway == "residential" && random.NextDouble() < 0.03)
                        {
                            way.Append("<tag k=\"oneway\" v=\"yes\"/>");
                        }

                        way.Append("</way>\n");
                        w.Write(way.ToString());
                    }

                    start = end;
                }
            }
        }

        if (restrictionShare > 0)
        {
            WriteRestrictions(w, size, seed, restrictionShare, endingAt, startingAt);
        }

        w.Write("</osm>\n");
    }

    private static void WriteRestrictions(
        TextWriter w, int size, int seed, double share,
        Dictionary<(int Horizontal, int Line, int Position), long> endingAt, Dictionary<(int Horizontal, int Line, int Position), long> startingAt)
    {
        var random = new Random(unchecked(seed * 7919 + 1));
        var relationId = 1L;
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                // Node (i, j) lies on horizontal line i at position j and on vertical line j at position i.
                if (!endingAt.TryGetValue((0, i, j), out var from) || !startingAt.TryGetValue((1, j, i), out var north)
                    || random.NextDouble() >= share)
                {
                    continue;
                }

                var only = relationId % 2 == 0;
                if (only && !startingAt.TryGetValue((0, i, j), out _))
                {
                    only = false;
                }

                var to = only ? startingAt[(0, i, j)] : north;
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<relation id=\"{relationId++}\"><member type=\"way\" ref=\"{from}\" role=\"from\"/><member type=\"node\" ref=\"{Node(size, i, j)}\" role=\"via\"/><member type=\"way\" ref=\"{to}\" role=\"to\"/><tag k=\"type\" v=\"restriction\"/><tag k=\"restriction\" v=\"{(only ? "only_straight_on" : "no_left_turn")}\"/></relation>\n"));
            }
        }
    }

    private static long Node(int size, int i, int j) => (long)i * size + j + 1;

    private static double Jitter(Random random) => (random.NextDouble() * 2 - 1) * 0.0002;
}
