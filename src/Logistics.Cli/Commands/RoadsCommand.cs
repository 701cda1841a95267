using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Logistics.Cli.Commands.Data;
using Logistics.Core.Errors;
using Logistics.Planning.Import;
using Logistics.Spatial.Roads;
using Logistics.Spatial.Roads.Graph;
using Logistics.Spatial.Roads.Routing;
using Logistics.Spatial.Roads.Routing.Ch;

namespace Logistics.Cli.Commands;

/// <summary>
/// <c>logistics roads build &lt;file.osm.pbf|file.osm&gt; --out graph.bin</c>: reads OSM roads with the China rural
/// profile, builds the graph and its contraction hierarchy and saves them.
/// <c>logistics roads matrix &lt;graph.bin|file.osm.pbf&gt; --sites sites.csv --out matrix.csv</c>: drive times and
/// lengths between all sites (CSV: from,to,seconds,metres; empty cells when unreachable), with snapping warnings.
/// </summary>
public static class RoadsCommand
{
    public static Command Create()
    {
        var command = new Command("roads", "Road network travel times from OpenStreetMap / 基于OSM路网的行车时间");
        command.Subcommands.Add(Build());
        command.Subcommands.Add(Matrix());
        command.Subcommands.Add(Bench());
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
                    var v = graph.Vertex(random.Next(graph.VertexCount));
                    return new RoadSite(new Core.Ids.SiteId($"S{i}"), new Core.Geo.GeoPoint(v.Lon + (random.NextDouble() - 0.5) * 0.006, v.Lat + (random.NextDouble() - 0.5) * 0.004));
                }).ToList();
                clock.Restart();
                var ch = chRouter.Matrix(sites, cancellationToken: cancellationToken);
                var chSeconds = clock.Elapsed.TotalSeconds;
                string dijkstraSeconds = string.Empty, equal = string.Empty;
                if (n <= parse.GetValue(dijkstraMax))
                {
                    clock.Restart();
                    var plain = plainRouter.Matrix(sites, cancellationToken: cancellationToken);
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
                var (graph, report) = RoadGraphBuilder.FromFile(path, RoadProfile.ChinaRural.WithFerries(parse.GetValue(ferries)), cancellationToken);
                var readSeconds = clock.Elapsed.TotalSeconds;
                w.WriteLine(Invariant($"读取 / read: {report.NodesRead:N0} nodes, {report.WaysRead:N0} ways, {report.RelationsRead:N0} relations in {readSeconds:0.00} s"));
                w.WriteLine(Invariant($"道路 / kept ways: {report.WaysKept:N0}; excluded: {string.Join(", ", report.WaysExcludedByReason.Select(kv => $"{kv.Key} {kv.Value:N0}"))}; missing node refs {report.MissingNodeRefs:N0}"));
                w.WriteLine(Invariant($"路网 / graph: {graph.VertexCount:N0} vertices, {graph.SegmentCount:N0} segments, {graph.EdgeCount:N0} directed edges, {graph.GeometryPointCount:N0} geometry points"));
                ContractionHierarchy? hierarchy = null;
                if (!parse.GetValue(noHierarchy))
                {
                    clock.Restart();
                    hierarchy = ContractionHierarchy.Build(graph, cancellationToken: cancellationToken);
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
        var input = new Argument<string>("graph") { Description = "Graph file from 'roads build', or an OSM file / 路网文件" };
        var sitesOption = new Option<string>("--sites") { Description = "Sites file (CSV/XLSX with id, name, tier, lon, lat) / 站点文件", Required = true };
        var output = new Option<string>("--out") { Description = "Matrix CSV to write (from,to,seconds,metres) / 输出矩阵", Required = true };
        var crsOption = DataOptions.Crs("--crs", "Coordinate system of the sites file without a crs column / 文件坐标系");
        var snapWarning = new Option<double>("--snap-warning") { Description = "Warn when a site is farther from a road (m) / 吸附距离警告阈值(米)", DefaultValueFactory = _ => 2_000 };
        var command = new Command("matrix", "Drive-time matrix between sites / 站点间行车时间矩阵") { input, sitesOption, output, crsOption, snapWarning };
        command.SetAction((parse, cancellationToken) =>
        {
            var w = parse.InvocationConfiguration.Output;
            var graphPath = parse.GetValue(input)!;
            var sitesPath = parse.GetValue(sitesOption)!;
            var imported = SiteImporter.Read(sitesPath, new ImportOptions { CoordinateSystem = parse.GetValue(crsOption) });
            if (!imported.Succeeded)
            {
                w.WriteLine($"[errors] {sitesPath}: {ProblemReport.Counts(imported.Problems)}");
                ProblemReport.WriteAll(w, imported.Problems);
                return Task.FromResult(1);
            }

            try
            {
                var clock = Stopwatch.StartNew();
                var (graph, hierarchy) = graphPath.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase) || graphPath.EndsWith(".osm", StringComparison.OrdinalIgnoreCase)
                    ? (RoadGraphBuilder.FromFile(graphPath, RoadProfile.ChinaRural, cancellationToken).Graph, null)
                    : RoadGraphFile.Load(graphPath);
                var sites = imported.Value!.Select(s => new RoadSite(s.Id, s.Location)).ToList();
                var router = new RoadRouter(graph, hierarchy, new RoadRouterOptions(SnapWarningMetres: parse.GetValue(snapWarning)));
                var loadSeconds = clock.Elapsed.TotalSeconds;
                clock.Restart();
                var matrix = router.Matrix(sites, cancellationToken: cancellationToken);
                var matrixSeconds = clock.Elapsed.TotalSeconds;
                WriteCsv(parse.GetValue(output)!, matrix);
                w.WriteLine(Invariant($"矩阵 / matrix: {sites.Count} × {sites.Count} in {matrixSeconds:0.000} s ({(hierarchy is null ? "Dijkstra" : "contraction hierarchy")}; graph loaded in {loadSeconds:0.00} s)"));
                w.WriteLine(Invariant($"不可达 / unreachable pairs: {matrix.Unreachable.Count}; largest snap distance {matrix.Snaps.Where(s => s is not null).Select(s => s!.DistanceMetres).DefaultIfEmpty(0).Max():0} m"));
                ProblemReport.WriteAll(w, imported.Warnings.Concat(matrix.Warnings));
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

    private static void WriteCsv(string path, TravelTimeMatrix matrix)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("from,to,seconds,metres");
        for (var i = 0; i < matrix.Count; i++)
        {
            for (var j = 0; j < matrix.Count; j++)
            {
                writer.WriteLine(Invariant($"{Csv(matrix.Sites[i].Id.Value)},{Csv(matrix.Sites[j].Id.Value)},{matrix.Duration(i, j)?.Value},{matrix.Distance(i, j)?.Value}"));
            }
        }
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
