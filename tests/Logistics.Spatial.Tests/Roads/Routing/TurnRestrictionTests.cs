using System.Text;
using System.Text.RegularExpressions;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Osm;
using Logistics.Spatial.Roads.Routing;
using Logistics.Spatial.Roads.Routing.Ch;
using Logistics.Spatial.Tests.Roads.Osm;
using Logistics.Spatial.Travel;

namespace Logistics.Spatial.Tests.Roads.Routing;

/// <summary>Turn restrictions on the hand-written crossroads (TestData/crossroads.osm, drawn in its header).</summary>
public sealed partial class TurnRestrictionTests
{
    private static readonly GeoPoint P = new(107.3010, 30.2995); // middle of 201 (S - C)
    private static readonly GeoPoint Q = new(107.3005, 30.3000); // middle of 202 (C - W)
    private static readonly GeoPoint R = new(107.3020, 30.3000); // on 204 (C - E), a third of the way
    private static readonly GeoPoint T = new(107.3010, 30.3005); // middle of 203 (C - N)
    private static readonly GeoPoint C = new(107.3010, 30.3000); // exactly on the crossroads (node 5)
    private static readonly GeoPoint N = new(107.3010, 30.3010);
    private static readonly GeoPoint NW = new(107.3000, 30.3010);
    private static readonly GeoPoint[] Points = [P, Q, R, T, C];

    [GeneratedRegex(@"<relation[\s\S]*?</relation>\s*")]
    private static partial Regex RelationElement();

    internal static string CrossroadsXml => File.ReadAllText(OsmXmlReaderTests.TestFile("crossroads.osm"));

    /// <summary>The crossroads without the file's relations, plus <paramref name="relations"/>.</summary>
    private static (RoadGraph Graph, RoadGraphBuildReport Report) Build(params string[] relations)
    {
        var xml = RelationElement().Replace(CrossroadsXml, string.Empty).Replace("</osm>", string.Concat(relations) + "</osm>", StringComparison.Ordinal);
        return BuildXml(xml);
    }

    private static (RoadGraph Graph, RoadGraphBuildReport Report) BuildXml(string xml)
    {
        var builder = new RoadGraphBuilder(RoadProfile.ChinaRural);
        OsmXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), builder, "crossroads.osm", TestContext.Current.CancellationToken);
        return builder.Build(TestContext.Current.CancellationToken);
    }

    internal static string Restriction(long id, string value, long from, long via, long to, string key = "restriction", string viaType = "node", string extraTags = "") =>
        $"""
        <relation id="{id}">
          <member type="way" ref="{from}" role="from"/>
          <member type="{viaType}" ref="{via}" role="via"/>
          <member type="way" ref="{to}" role="to"/>
          <tag k="type" v="restriction"/>
          <tag k="{key}" v="{value}"/>
          {extraTags}
        </relation>

        """;

    private static RoadRouter Router(RoadGraph graph, bool hierarchy) =>
        new(graph, hierarchy ? ContractionHierarchy.Build(graph, cancellationToken: TestContext.Current.CancellationToken) : null);

    private static TravelMatrix Matrix(RoadGraph graph, bool hierarchy) =>
        Router(graph, hierarchy).Matrix(Points, Points, cancellationToken: TestContext.Current.CancellationToken);

    private static int SegmentOf(RoadGraph graph, long way) => Enumerable.Range(0, graph.SegmentCount).Single(s => graph.SegmentWayId(s) == way);

    private static long Seconds(TravelMatrix m, int i, int j) => m.Duration(i, j)!.Value.Value;

    private static long Metres(TravelMatrix m, int i, int j) => m.Distance(i, j)!.Value.Value;

    private static bool Passes(RoadRoute route, GeoPoint point) => route.Geometry.Any(g => Math.Abs(g.Lon - point.Lon) < 1e-9 && Math.Abs(g.Lat - point.Lat) < 1e-9);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void No_left_turn_forces_a_detour_by_turning_round_at_the_next_junction(bool hierarchy)
    {
        var (plain, _) = Build();
        var (graph, report) = Build(Restriction(301, "no_left_turn", 201, 5, 202));
        var before = Matrix(plain, hierarchy);
        var after = Matrix(graph, hierarchy);
        var north = SegmentOf(graph, 203);

        Assert.Equal(1, report.RestrictionsApplied);
        Assert.Equal(1, graph.BannedTurnCount);
        Assert.Equal(graph.JunctionCount + 1, graph.VertexCount); // one copy of C, for the approach from S
        // P -> Q: no left turn at C, so on to N, turn round there (a junction) and come back: 2 × C-N more.
        Assert.InRange(Seconds(after, 0, 1) - Seconds(before, 0, 1), 2 * graph.SegmentSeconds(north) - 1, 2 * graph.SegmentSeconds(north) + 1);
        Assert.InRange(Metres(after, 0, 1) - Metres(before, 0, 1), 2 * graph.SegmentMetres(north) - 1, 2 * graph.SegmentMetres(north) + 1);
        // Every other pair is as before: Q -> P is a right turn, P -> R straight across … and C itself is reached from P.
        for (var i = 0; i < Points.Length; i++)
        {
            for (var j = 0; j < Points.Length; j++)
            {
                if ((i, j) != (0, 1))
                {
                    Assert.Equal(before.Duration(i, j), after.Duration(i, j));
                    Assert.Equal(before.Distance(i, j), after.Distance(i, j));
                }
            }
        }

        var plainRoute = Router(plain, hierarchy).Route(P, Q, TestContext.Current.CancellationToken)!;
        var route = Router(graph, hierarchy).Route(P, Q, TestContext.Current.CancellationToken)!;
        Assert.False(Passes(plainRoute, N));
        Assert.True(Passes(route, N), "the path drawn goes up to N and back");
        Assert.Equal(after.Duration(0, 1), route.Duration);
        Assert.Equal(after.Distance(0, 1), route.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void No_u_turn_at_the_next_junction_sends_the_detour_round_the_block(bool hierarchy)
    {
        var (plain, _) = Build();
        var (graph, report) = Build(Restriction(301, "no_left_turn", 201, 5, 202), Restriction(306, "no_u_turn", 203, 2, 203));
        var before = Matrix(plain, hierarchy);
        var after = Matrix(graph, hierarchy);
        var north = SegmentOf(graph, 203);
        var block = SegmentOf(graph, 205);

        Assert.Equal(2, report.RestrictionsApplied);
        Assert.True(graph.IsTurnBanned(north, false, north, true)); // 203 runs C -> N: arriving at N, back towards C
        // P -> Q: up to N, round N - NW - W, then back east to Q (Q is half-way along C-W, so W -> Q = C -> Q).
        var extra = graph.SegmentSeconds(north) + graph.SegmentSeconds(block);
        Assert.InRange(Seconds(after, 0, 1) - Seconds(before, 0, 1), extra - 1, extra + 1);
        var route = Router(graph, hierarchy).Route(P, Q, TestContext.Current.CancellationToken)!;
        Assert.True(Passes(route, NW), "the path drawn goes round the block");
        Assert.Equal(after.Duration(0, 1), route.Duration);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Only_straight_on_bans_every_other_departure_including_the_u_turn(bool hierarchy)
    {
        var (plain, _) = Build();
        var (graph, report) = Build(Restriction(307, "only_straight_on", 201, 5, 203));
        var before = Matrix(plain, hierarchy);
        var after = Matrix(graph, hierarchy);
        int south = SegmentOf(graph, 201), west = SegmentOf(graph, 202), north = SegmentOf(graph, 203), east = SegmentOf(graph, 204);
        // 201 runs S -> C in node order, 202/203/204 leave C in node order.
        Assert.Equal(1, report.RestrictionsApplied);
        Assert.Equal(3, graph.BannedTurnCount);
        Assert.True(graph.IsTurnBanned(south, false, west, false));
        Assert.True(graph.IsTurnBanned(south, false, east, false));
        Assert.True(graph.IsTurnBanned(south, false, south, true)); // U-turn
        Assert.False(graph.IsTurnBanned(south, false, north, false));
        Assert.False(graph.IsTurnBanned(west, true, south, true)); // from W, left into S: not restricted

        var twice = 2 * graph.SegmentSeconds(north);
        Assert.InRange(Seconds(after, 0, 1) - Seconds(before, 0, 1), twice - 1, twice + 1); // P -> Q
        Assert.InRange(Seconds(after, 0, 2) - Seconds(before, 0, 2), twice - 1, twice + 1); // P -> R
        Assert.Equal(before.Duration(0, 3), after.Duration(0, 3));                        // P -> T straight on
        Assert.Equal(before.Duration(1, 0), after.Duration(1, 0));                        // Q -> P
        Assert.Equal(before.Duration(0, 4), after.Duration(0, 4));                        // P -> C itself
    }

    [Fact]
    public void The_file_s_restrictions_are_applied_or_skipped_with_a_reason()
    {
        var (graph, report) = BuildXml(CrossroadsXml);
        var (onlyValid, _) = Build(Restriction(301, "no_left_turn", 201, 5, 202));

        Assert.Equal(5, report.RelationsRead);
        Assert.Equal(4, report.RestrictionsRead);
        Assert.Equal(1, report.RestrictionsApplied);
        Assert.Equal(new Dictionary<string, long> { ["other-vehicle"] = 1, ["via-not-on-way"] = 1, ["via-way"] = 1 }, report.RestrictionsSkippedByReason);
        Assert.Equal((5, 6, 1, 1), (report.Junctions, report.Vertices, report.RestrictedApproaches, report.BannedTurns));
        // The skipped ones change nothing: the same answers as with the valid one alone.
        var a = Matrix(graph, hierarchy: true);
        var b = Matrix(onlyValid, hierarchy: true);
        Assert.Equal(Enumerable.Range(0, 25).Select(k => a.Duration(k / 5, k % 5)), Enumerable.Range(0, 25).Select(k => b.Duration(k / 5, k % 5)));
    }

    [Theory]
    [InlineData("restriction:hgv", "no_left_turn", "", "other-vehicle")]
    [InlineData("restriction", "no_left_turn", "<tag k=\"except\" v=\"psv;motorcar\"/>", "except-motorcar")]
    [InlineData("restriction", "no_left_turn", "<tag k=\"day_on\" v=\"Monday\"/>", "conditional")]
    [InlineData("restriction", "no_parking", "", "unknown-value")]
    [InlineData("restriction", "no_left_turn", "<tag k=\"restriction:motorcar\" v=\"no_left_turn\"/>", null)]
    [InlineData("restriction", "no_left_turn", "<tag k=\"except\" v=\"bicycle;psv\"/>", null)]
    public void Vehicle_keys_and_exceptions_decide_whether_a_restriction_applies(string key, string value, string extraTags, string? skipped)
    {
        var (_, report) = Build(Restriction(308, value, 201, 5, 202, key, extraTags: extraTags));

        Assert.Equal(1, report.RestrictionsRead);
        Assert.Equal(skipped is null ? 1 : 0, report.RestrictionsApplied);
        if (skipped is not null)
        {
            Assert.Equal(1, report.RestrictionsSkippedByReason[skipped]);
        }
    }

    [Fact]
    public void No_entry_with_two_from_ways_bans_the_turn_from_each()
    {
        var (graph, report) = Build("""
            <relation id="314">
              <member type="way" ref="202" role="from"/><member type="way" ref="204" role="from"/>
              <member type="node" ref="5" role="via"/><member type="way" ref="201" role="to"/>
              <tag k="type" v="restriction"/><tag k="restriction" v="no_entry"/>
            </relation>
            """);
        int south = SegmentOf(graph, 201), west = SegmentOf(graph, 202), east = SegmentOf(graph, 204);

        Assert.Equal((1L, 2, 2), (report.RestrictionsApplied, report.RestrictedApproaches, report.BannedTurns));
        Assert.True(graph.IsTurnBanned(west, true, south, true));  // from W (202 reversed: W -> C) into S
        Assert.True(graph.IsTurnBanned(east, true, south, true));  // from E into S
        Assert.False(graph.IsTurnBanned(west, true, east, false)); // W -> E straight across is fine
        var m = Matrix(graph, hierarchy: true);
        var before = Matrix(Build().Graph, hierarchy: true);
        Assert.True(Seconds(m, 1, 0) > Seconds(before, 1, 0)); // Q -> P now turns round at N
        Assert.Equal(before.Duration(0, 1), m.Duration(0, 1));  // P -> Q unaffected
    }

    [Fact]
    public void Restriction_for_motorcars_overrides_the_general_one()
    {
        // restriction=no_left_turn but restriction:motorcar=only_straight_on: the van obeys the motorcar one.
        var (graph, _) = Build(Restriction(309, "no_left_turn", 201, 5, 202, extraTags: "<tag k=\"restriction:motorcar\" v=\"only_straight_on\"/>"));
        Assert.Equal(3, graph.BannedTurnCount);
    }

    [Fact]
    public void Inside_a_way_oneway_away_and_missing_members_are_skipped()
    {
        var (_, inside) = Build(Restriction(310, "no_u_turn", 205, 6, 205));                // 6 is inside 205
        var (_, missing) = Build(Restriction(311, "no_left_turn", 999, 5, 202));           // way 999 is not in the file
        var (_, noVia) = Build("""<relation id="312"><member type="way" ref="201" role="from"/><member type="way" ref="202" role="to"/><tag k="type" v="restriction"/><tag k="restriction" v="no_left_turn"/></relation>""");
        var oneway = RelationElement().Replace(CrossroadsXml, string.Empty)
            .Replace("""<way id="201"><nd ref="4"/><nd ref="5"/>""", """<way id="201"><nd ref="5"/><nd ref="4"/><tag k="oneway" v="yes"/>""", StringComparison.Ordinal)
            .Replace("</osm>", Restriction(313, "no_left_turn", 201, 5, 202) + "</osm>", StringComparison.Ordinal);
        var (_, away) = BuildXml(oneway); // 201 only leaves C: nothing arrives along it

        Assert.Equal(1, inside.RestrictionsSkippedByReason["via-inside-way"]);
        Assert.Equal(1, missing.RestrictionsSkippedByReason["way-not-in-graph"]);
        Assert.Equal(1, noVia.RestrictionsSkippedByReason["incomplete"]);
        Assert.Equal(1, away.RestrictionsSkippedByReason["no-such-turn"]);
        Assert.All(new[] { inside, missing, noVia, away }, r => Assert.Equal((0, 0), (r.RestrictionsApplied, r.BannedTurns)));
    }

    [Fact]
    public void Graph_file_keeps_the_banned_turns()
    {
        var (graph, _) = Build(Restriction(301, "no_left_turn", 201, 5, 202), Restriction(307, "only_straight_on", 204, 5, 202));
        var hierarchy = ContractionHierarchy.Build(graph, cancellationToken: TestContext.Current.CancellationToken);
        using var file = new MemoryStream();
        RoadGraphFile.Save(file, graph, hierarchy);
        file.Position = 0;

        var (loaded, loadedHierarchy) = RoadGraphFile.Load(file, "crossroads.bin");

        Assert.Equal((graph.VertexCount, graph.EdgeCount, graph.BannedTurnCount), (loaded.VertexCount, loaded.EdgeCount, loaded.BannedTurnCount));
        var a = new RoadRouter(graph, hierarchy).Matrix(Points, Points, cancellationToken: TestContext.Current.CancellationToken);
        var b = new RoadRouter(loaded, loadedHierarchy).Matrix(Points, Points, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(0, 25).Select(k => a.Duration(k / 5, k % 5)), Enumerable.Range(0, 25).Select(k => b.Duration(k / 5, k % 5)));
    }

    [Fact]
    public void Version_1_graph_file_is_refused_naming_the_file_and_version()
    {
        using var file = new MemoryStream();
        using (var w = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(0x4452474Cu); // "LGRD"
            w.Write(1);
            w.Write(0);
        }

        file.Position = 0;
        var ex = Assert.Throws<DataValidationException>(() => RoadGraphFile.Load(file, "old-graph.bin"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("roads.file.version", error.Code);
        Assert.Equal("old-graph.bin", error.File);
        Assert.Equal("1", error.Value);
        Assert.Contains("'old-graph.bin'", error.Message, StringComparison.Ordinal);
        Assert.Contains("version 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("roads build", error.Message, StringComparison.Ordinal);
    }
}
