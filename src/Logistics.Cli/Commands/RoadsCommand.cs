using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Planning.Import;
using Logistics.Planning.Verification;
using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Osrm;
using Logistics.Spatial.Roads.Routing;
using Logistics.Spatial.Roads.Routing.Ch;
using Logistics.Spatial.Travel;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics roads build &lt;file.osm.pbf|file.osm&gt; --out graph.bin</c>: reads OSM roads with the China rural
/// profile, builds the graph (turn restrictions with a via node applied; read/applied/skipped counts printed) and its
/// contraction hierarchy and saves them.
/// <c>logistics roads matrix &lt;graph.bin|file.osm.pbf|http://osrm&gt; --sites scenario.json|sites.csv --out matrix.csv</c>: drive times and
/// lengths between all sites (CSV: from,to,seconds,metres; empty cells when unreachable), with snapping warnings.
/// <c>logistics roads route &lt;graph&gt; --from lon,lat --to lon,lat [--geojson route.json]</c>: one fastest route and its line.
/// <c>logistics roads bench &lt;graph.bin&gt;</c>: times matrices on random sites (hierarchy vs Dijkstra).
/// </summary>
public static class RoadsCommand
{
    public static Command Create()
    {
        var command = new Command("roads", "Road network travel times from OpenStreetMap / 基于OSM路网的行车时间");
        command.Subcommands.Add(Build());
        command.Subcommands.Add(Matrix());
        command.Subcommands.Add(Route());
        command.Subcommands.Add(Bench());
        command.Subcommands.Add(Synth());
        return command;
    }

    /// <summary>A graph file, or an OSM file (.pbf, .osm, .osm.gz) built on the fly without a hierarchy.</summary>
    private static (RoadGraph Graph, ContractionHierarchy? Hierarchy) LoadGraph(string path, CancellationToken cancellationToken) =>
        path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".osm", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            ? (RoadGraphBuilder.FromFile(path, RoadProfile.ChinaRural, cancellationToken).Graph, null)
            : RoadGraphFile.Load(path);

    private static Command Route()
    {
        var input = new Argument<string>("graph") { Description = "Graph file from 'roads build', or an OSM file / 路网文件" };
        var from = new Option<string>("--from") { Description = "Start as lon,lat (WGS84) / 起点 经度,纬度", Required = true };
        var to = new Option<string>("--to") { Description = "End as lon,lat (WGS84) / 终点 经度,纬度", Required = true };
        var output = new Option<string?>("--geojson") { Description = "Write the route line as a GeoJSON feature / 输出GeoJSON路线" };
        var command = new Command("route", "Fastest route between two points / 两点间最快路线") { input, from, to, output };
        command.SetAction((parse, cancellationToken) =>
        {
            var w = parse.InvocationConfiguration.Output;
            if (ParsePoint(parse.GetValue(from)!) is not { } a || ParsePoint(parse.GetValue(to)!) is not { } b)
            {
                w.WriteLine("--from and --to must be 'lon,lat' in WGS84 degrees, e.g. 107.35,30.33 / 格式: 经度,纬度");
                return Task.FromResult(1);
            }

            var graphPath = parse.GetValue(input)!;
            try
            {
                var (graph, hierarchy) = LoadGraph(graphPath, cancellationToken);
                var router = new RoadRouter(graph, hierarchy);
                var route = router.Route(a, b, cancellationToken);
                if (route is null)
                {
                    w.WriteLine("无可行路线 / no drivable route between the points (off the network or disconnected).");
                    return Task.FromResult(2);
                }

                w.WriteLine(Invariant($"行车 / drive: {route.Duration.Minutes:0.0} min, {route.Length.Kilometres:0.00} km, {route.Geometry.Count} points; snapped {route.From.DistanceMetres:0} m and {route.To.DistanceMetres:0} m from the points"));
                if (parse.GetValue(output) is { } geojson)
                {
                    WriteGeoJson(geojson, route);
                    w.WriteLine($"已保存 / saved: {geojson}");
                }

                return Task.FromResult(0);
            }
            catch (DataValidationException ex)
            {
                w.WriteLine($"[errors] {graphPath}: {ProblemReport.Counts(ex.Errors)}");
                ProblemReport.WriteAll(w, ex.Errors);
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static Core.Geo.GeoPoint? ParsePoint(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && new Core.Geo.GeoPoint(lon, lat) is { IsValidWgs84: true } point
            ? point
            : null;
    }

    private static void WriteGeoJson(string path, RoadRoute route)
    {
        using var stream = File.Create(path);
        using var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        json.WriteNumber("seconds", route.Duration.Value);
        json.WriteNumber("metres", route.Length.Value);
        json.WriteNumber("from_snap_metres", Math.Round(route.From.DistanceMetres, 1));
        json.WriteNumber("to_snap_metres", Math.Round(route.To.DistanceMetres, 1));
        json.WriteString("crs", "WGS84");
        json.WriteEndObject();
        json.WriteStartObject("geometry");
        json.WriteString("type", "LineString");
        json.WriteStartArray("coordinates");
        foreach (var p in route.Geometry)
        {
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(p.Lon, 7));
            json.WriteNumberValue(Math.Round(p.Lat, 7));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static Command Synth()
    {
        var output = new Option<string>("--out") { Description = "OSM XML file to write / 输出OSM文件", Required = true };
        var size = new Option<int>("--size") { Description = "Grid lines each way (250: ~25 × 22 km, 220,000 directed edges) / 网格规模", DefaultValueFactory = _ => 250 };
        var seed = new Option<int>("--seed") { Description = "Random seed / 随机种子", DefaultValueFactory = _ => 3 };
        var restrictions = new Option<double>("--restrictions") { Description = "Share of crossings (where pieces of both lines end) given a turn restriction, 0–1 / 转向限制比例", DefaultValueFactory = _ => 0 };
        var command = new Command("synth", "Write a synthetic county-sized road grid for benchmarks (not real roads) / 生成合成路网（基准测试用）") { output, size, seed, restrictions };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)))
            {
                Logistics.Spatial.Roads.Osm.SyntheticRoadGrid.Write(writer, parse.GetValue(size), parse.GetValue(seed), parse.GetValue(restrictions));
            }

            parse.InvocationConfiguration.Output.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return 0;
        });
        return command;
    }

    private static Command Bench()
    {
        var input = new Argument<string>("graph") { Description = "Graph file from 'roads build' (with a hierarchy) / 路网文件" };
        var sizes = new Option<int[]>("--sites") { Description = "Matrix sizes to time / 矩阵规模", DefaultValueFactory = _ => [100, 500], AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Random seed for the sites / 随机种子", DefaultValueFactory = _ => 1 };
        var dijkstraMax = new Option<int>("--dijkstra-max") { Description = "Also time plain Dijkstra (and compare) up to this size / Dijkstra对照上限", DefaultValueFactory = _ => 500 };
        var command = new Command("bench", "Time many-to-many matrices on random sites near the roads / 矩阵计时") { input, sizes, seed, dijkstraMax };
        command.SetAction((parse, cancellationToken) =>
        {
            var w = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(input)!;
            var (graph, hierarchy) = RoadGraphFile.Load(path);
            if (hierarchy is null)
            {
                w.WriteLine($"{path}: no contraction hierarchy in the file; rebuild without --no-hierarchy.");
                return Task.FromResult(1);
            }

            // Routers (snapping index, components) are built once; the timings cover snapping the sites and the matrix.
            var clock = Stopwatch.StartNew();
            var chRouter = new RoadRouter(graph, hierarchy);
            var plainRouter = new RoadRouter(graph);
            w.WriteLine(Invariant($"# {graph.VertexCount} vertices, {graph.EdgeCount} edges, {hierarchy.ArcCount} hierarchy arcs; routers ready in {clock.Elapsed.TotalSeconds:0.000} s"));
            w.WriteLine("sites,ch_seconds,dijkstra_seconds,unreachable_pairs,equal");
            foreach (var n in parse.GetValue(sizes)!)
            {
                // Sites up to ~300 m off random vertices, like villages near their roads.
                var random = new Random(parse.GetValue(seed));
                var sites = Enumerable.Range(0, n).Select(i =>
                {
                    var v = graph.Vertex(random.Next(graph.JunctionCount));
                    return new Core.Geo.GeoPoint(v.Lon + (random.NextDouble() - 0.5) * 0.006, v.Lat + (random.NextDouble() - 0.5) * 0.004);
                }).ToList();
                clock.Restart();
                var ch = chRouter.Matrix(sites, sites, cancellationToken: cancellationToken);
                var chSeconds = clock.Elapsed.TotalSeconds;
                string dijkstraSeconds = string.Empty, equal = string.Empty;
                if (n <= parse.GetValue(dijkstraMax))
                {
                    clock.Restart();
                    var plain = plainRouter.Matrix(sites, sites, cancellationToken: cancellationToken);
                    dijkstraSeconds = Invariant($"{clock.Elapsed.TotalSeconds:0.000}");
                    var same = Enumerable.Range(0, n * n).All(k => plain.Duration(k / n, k % n) == ch.Duration(k / n, k % n));
                    equal = same ? "yes" : "NO";
                }

                w.WriteLine(Invariant($"{n},{chSeconds:0.000},{dijkstraSeconds},{ch.Unreachable.Count},{equal}"));
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static Command Build()
    {
        var input = new Argument<string>("osm") { Description = "OSM file (.osm.pbf or .osm XML), WGS84 / OSM路网文件" };
        var output = new Option<string>("--out") { Description = "Graph file to write / 输出路网文件", Required = true };
        var ferries = new Option<bool>("--ferries") { Description = "Include car ferries (route=ferry) / 包含轮渡" };
        var noHierarchy = new Option<bool>("--no-hierarchy") { Description = "Skip contraction hierarchies (plain Dijkstra) / 不预处理" };
        var command = new Command("build", "Build a road graph file / 生成路网文件") { input, output, ferries, noHierarchy };
        command.SetAction((parse, cancellationToken) =>
        {
            var w = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(input)!;
            try
            {
                var clock = Stopwatch.StartNew();
                (RoadGraph Graph, RoadGraphBuildReport Report) built;
                using (var progress = WorkProgress.Start("路网 roads build"))
                {
                    progress.Report("读取 read OSM");
                    built = RoadGraphBuilder.FromFile(path, RoadProfile.ChinaRural.WithFerries(parse.GetValue(ferries)), cancellationToken);
                }

                var (graph, report) = built;
                var readSeconds = clock.Elapsed.TotalSeconds;
                w.WriteLine(Invariant($"读取 / read: {report.NodesRead:N0} nodes, {report.WaysRead:N0} ways, {report.RelationsRead:N0} relations in {readSeconds:0.00} s"));
                w.WriteLine(Invariant($"道路 / kept ways: {report.WaysKept:N0}; excluded: {string.Join(", ", report.WaysExcludedByReason.Select(kv => $"{kv.Key} {kv.Value:N0}"))}; missing node refs {report.MissingNodeRefs:N0}"));
                var skipped = report.RestrictionsSkippedByReason.Count == 0 ? "none" : string.Join(", ", report.RestrictionsSkippedByReason.Select(kv => Invariant($"{kv.Key} {kv.Value:N0}")));
                w.WriteLine(Invariant($"转向限制 / turn restrictions: {report.RestrictionsRead:N0} read, {report.RestrictionsApplied:N0} applied ({report.BannedTurns:N0} banned turns on {report.RestrictedApproaches:N0} approaches), {report.RestrictionsRead - report.RestrictionsApplied:N0} skipped: {skipped}"));
                w.WriteLine(Invariant($"路网 / graph: {graph.VertexCount:N0} vertices ({graph.JunctionCount:N0} junctions + {graph.RestrictedApproachCount:N0} turn copies), {graph.SegmentCount:N0} segments, {graph.EdgeCount:N0} directed edges, {graph.GeometryPointCount:N0} geometry points"));
                ContractionHierarchy? hierarchy = null;
                if (!parse.GetValue(noHierarchy))
                {
                    clock.Restart();
                    using (var progress = WorkProgress.Start("路网 roads build"))
                    {
                        hierarchy = ContractionHierarchy.Build(graph, progress.Count("收缩 contract", graph.VertexCount), cancellationToken);
                    }

                    w.WriteLine(Invariant($"收缩层次 / contraction hierarchy: {hierarchy.ArcCount:N0} arcs ({hierarchy.ShortcutCount:N0} shortcuts) in {clock.Elapsed.TotalSeconds:0.00} s"));
                }

                var outPath = parse.GetValue(output)!;
                RoadGraphFile.Save(outPath, graph, hierarchy);
                w.WriteLine(Invariant($"已保存 / saved: {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:0.0} MiB)"));
                return Task.FromResult(0);
            }
            catch (DataValidationException ex)
            {
                w.WriteLine($"[errors] {path}: {ProblemReport.Counts(ex.Errors)}");
                ProblemReport.WriteAll(w, ex.Errors);
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static Command Matrix()
    {
        var input = new Argument<string>("graph") { Description = "Graph file from 'roads build', an OSM file, or an OSRM server URL (http://…) / 路网文件或OSRM服务地址" };
        var sitesOption = new Option<string>("--sites") { Description = "A scenario (scenario.json or a scenario folder) or a sites file (CSV/XLSX/GeoJSON with id, name, tier, lon, lat) / 情景或站点文件", Required = true };
        var output = new Option<string>("--out") { Description = "Matrix CSV to write (from,to,seconds,metres) / 输出矩阵", Required = true };
        var crsOption = DataOptions.Crs("--crs", "Coordinate system of the sites file without a crs column / 文件坐标系");
        var snapWarning = new Option<double>("--snap-warning") { Description = "Warn when a site is farther from a road (m) / 吸附距离警告阈值(米)", DefaultValueFactory = _ => 2_000 };
        var accessSpeed = new Option<double?>("--access-speed") { Description = "Add each site's straight leg to its road at this speed, km/h (graph only) / 站点到道路的接驳速度(公里/小时)" };
        var command = new Command("matrix", "Drive-time matrix between sites / 站点间行车时间矩阵") { input, sitesOption, output, crsOption, snapWarning, accessSpeed };
        command.SetAction((parse, cancellationToken) =>
        {
            var w = parse.InvocationConfiguration.Output;
            var graphPath = parse.GetValue(input)!;
            var sitesPath = parse.GetValue(sitesOption)!;
            var importOptions = new ImportOptions { CoordinateSystem = parse.GetValue(crsOption) };
            var imported = sitesPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || Directory.Exists(sitesPath)
                ? ScenarioImporter.Read(sitesPath, importOptions).Map(scenario => scenario.Sites)
                : SiteImporter.Read(sitesPath, importOptions);
            if (!imported.Succeeded)
            {
                w.WriteLine($"[errors] {sitesPath}: {ProblemReport.Counts(imported.Problems)}");
                ProblemReport.WriteAll(w, imported.Problems);
                return Task.FromResult(1);
            }

            try
            {
                var clock = Stopwatch.StartNew();
                using var provider = OpenProvider(graphPath, parse.GetValue(accessSpeed), cancellationToken);
                var loadSeconds = clock.Elapsed.TotalSeconds;
                clock.Restart();
                var matrix = MatrixTravelTimes.Build(imported.Value!, provider.Provider, parse.GetValue(snapWarning), cancellationToken);
                var matrixSeconds = clock.Elapsed.TotalSeconds;
                WriteCsv(parse.GetValue(output)!, matrix);
                var n = matrix.Sites.Count;
                w.WriteLine(Invariant($"矩阵 / matrix: {n} × {n} in {matrixSeconds:0.000} s ({provider.Provider.Description}; ready in {loadSeconds:0.00} s)"));
                var snaps = matrix.Matrix.SourceSnapMetres.Where(s => s is not null).Select(s => s!.Value).DefaultIfEmpty(0).Max();
                w.WriteLine(Invariant($"不可达 / unreachable pairs: {matrix.Unreachable.Count}; largest snap distance {snaps:0} m"));
                ProblemReport.WriteAll(w, imported.Warnings.Concat(matrix.Warnings));
                return Task.FromResult(0);
            }
            catch (DataValidationException ex)
            {
                w.WriteLine($"[errors] {graphPath}: {ProblemReport.Counts(ex.Errors)}");
                ProblemReport.WriteAll(w, ex.Errors);
                return Task.FromResult(1);
            }
            catch (HttpRequestException ex)
            {
                w.WriteLine($"[errors] {graphPath}: {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }

    /// <summary>A travel-time provider and what it holds (the OSRM HTTP client); dispose after use.</summary>
    internal sealed class OpenedProvider(ITravelTimeProvider provider, IDisposable? owned) : IDisposable
    {
        public ITravelTimeProvider Provider { get; } = provider;

        public void Dispose() => owned?.Dispose();
    }

    /// <summary>
    /// The provider for <paramref name="source"/>: an OSRM server (http:// or https://), an OSM file built on the fly
    /// (no hierarchy), or a graph file from <c>roads build</c>.
    /// </summary>
    /// <exception cref="DataValidationException">The graph file is damaged or of another version.</exception>
    internal static OpenedProvider OpenProvider(string source, double? accessSpeedKmh, CancellationToken cancellationToken)
    {
        if (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            var client = new OsrmClient(http, new OsrmOptions(new Uri(source.EndsWith('/') ? source : source + "/")));
            return new OpenedProvider(new OsrmTravelTimeProvider(client), http);
        }

        var (graph, hierarchy) = LoadGraph(source, cancellationToken);
        return new OpenedProvider(new RoadGraphTravelTimeProvider(graph, hierarchy, new RoadRouterOptions(AccessSpeedKmh: accessSpeedKmh)), null);
    }

    private static void WriteCsv(string path, MatrixTravelTimes matrix)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("from,to,seconds,metres");
        var n = matrix.Sites.Count;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                writer.WriteLine(Invariant($"{Csv(matrix.Sites[i].Id.Value)},{Csv(matrix.Sites[j].Id.Value)},{matrix.Matrix.Duration(i, j)?.Value},{matrix.Matrix.Distance(i, j)?.Value}"));
            }
        }
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
