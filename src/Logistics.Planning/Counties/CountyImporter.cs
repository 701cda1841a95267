using System.Globalization;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Demo;
using Logistics.Planning.Network;
using Logistics.Spatial.GeoJson;
using Logistics.Spatial.Geodesy;
using Logistics.Spatial.Regions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Logistics.Planning.Counties;

/// <summary>
/// Builds a scenario for a real county from the geodata folder (see its README): counties.csv,
/// townships_&lt;code&gt;.csv, villages_&lt;code&gt;.csv and boundary_&lt;code&gt;.geojson, all WGS84.
/// <list type="number">
/// <item>Hub (县域集采集配中心): at the county centre of counties.csv (near the seat).</item>
/// <item>One township station per township row, at its point. A township without a point gets, in code order:
/// the mean of its villages' trusted points (<c>coord_check = ok</c>) when that lies in the county; otherwise, for a
/// subdistrict (街道), the point <see cref="CountyImportOptions.SubdistrictRingKm"/> from the county centre on the side
/// farthest from the known seats (<see cref="GapPlacement.OnRing"/>); otherwise the point of the county farthest
/// from every known seat (<see cref="GapPlacement.LargestGap"/>, 0.5 km grid, 2 km inside the outline). Such
/// stations, and those with the file's own <c>village_mean</c> fallback, are marked <see cref="Site.LocationEstimated"/>.</item>
/// <item>Township territories: the Voronoi cells of the station points clipped to the county outline
/// (<see cref="VoronoiTerritories"/>), since no open township polygons exist.</item>
/// <item>Villages keep their point when <c>coord_check = ok</c>. All others (no point, or a suspect one) are placed
/// inside their township's territory with <see cref="VoronoiTerritories.Scatter"/> (an even, deterministic
/// quasi-random spread, 50 m inside the cell edge, keyed by the township code), built-up units (城乡分类 111/112/121)
/// within <see cref="CountyImportOptions.BuiltUpRadiusKm"/> of the seat, and marked <see cref="Site.LocationEstimated"/>.</item>
/// <item>Tiers: administrative villages (村委会) become <see cref="SiteTier.VillageOutlet"/>, because the policy target is
/// a village delivery station in every administrative village (行政村寄递物流全覆盖); urban communities (社区居委会)
/// become <see cref="SiteTier.Village"/>: demand points in the town, served through the township station.</item>
/// <item>Population and demand: estimates, see <see cref="CountyImportOptions"/>. Fleet: <see cref="FleetCatalog"/>.</item>
/// </list>
/// No randomness is involved: the same files give the same scenario.
/// </summary>
public sealed class CountyImporter
{
    private readonly GeometryServices _geometry;
    private readonly CountyImportOptions _options;

    public CountyImporter(GeometryServices geometry, CountyImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        _geometry = geometry;
        _options = options ?? CountyImportOptions.Default;
    }

    /// <param name="progress">Optional: each step as it starts, and each township's villages as they are placed.</param>
    public CountyImport Import(
        string geodataDirectory, string countyCode, CancellationToken cancellationToken = default, IProgress<CountyImportProgress>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(geodataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(countyCode);
        progress?.Report(new CountyImportProgress("read", 0));
        var reader = new CountyGeodataReader(geodataDirectory);
        var county = reader.ReadCounty(countyCode);
        var townships = reader.ReadTownships(countyCode).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var villages = reader.ReadVillages(countyCode).OrderBy(v => v.Code, StringComparer.Ordinal).ToList();
        CheckConsistency(reader, countyCode, townships, villages);
        cancellationToken.ThrowIfCancellationRequested();

        var boundaryFile = Path.Combine(geodataDirectory, county.BoundaryFile);
        var boundary = ReadBoundary(boundaryFile);
        var notes = new List<DataError>();
        var factory = _geometry.Wgs84;

        progress?.Report(new CountyImportProgress("townships", 0.2));
        var seats = PlaceTownships(county, townships, villages, boundary, reader.TownshipsFile(countyCode), notes);
        cancellationToken.ThrowIfCancellationRequested();

        var territories = new VoronoiTerritories(factory, boundary, seats.Select(s => new Coordinate(s.Point.Lon, s.Point.Lat)).ToList());
        var villagePoints = PlaceVillages(townships, villages, territories, cancellationToken, progress);
        var estimatedVillages = villages.Count(v => !v.HasTrustedPoint);
        if (estimatedVillages > 0)
        {
            notes.Add(new DataError(
                "estimated-location",
                $"{estimatedVillages} of {villages.Count} villages have no trusted point (coord_check ≠ ok); they were placed inside their township's Voronoi territory and marked as estimated.",
                File: reader.VillagesFile(countyCode),
                Column: "coord_check",
                Severity: DataErrorSeverity.Warning));
        }

        if (_options.EstimateDemand)
        {
            notes.Add(new DataError(
                "estimated-demand",
                "Population, households and demand are estimates from the NBS urban–rural class (the geodata has no such figures); replace them with the county's own data.",
                Column: "population",
                Severity: DataErrorSeverity.Warning));
        }

        progress?.Report(new CountyImportProgress("scenario", 0.95));
        var scenario = BuildScenario(county, townships, villages, seats, villagePoints, boundary, notes, reader.VillagesFile(countyCode));
        if (_options.CandidatesOnly)
        {
            scenario = CountyCandidates.Of(scenario);
        }

        var cells = new SortedDictionary<string, Geometry>(StringComparer.Ordinal);
        for (var i = 0; i < townships.Count; i++)
        {
            cells[townships[i].Code] = territories.Cell(i);
        }

        return new CountyImport(scenario, boundary, cells, notes);
    }

    private Geometry ReadBoundary(string path)
    {
        var collection = new GeoJsonReader(_geometry).ReadFeatureCollectionFile(path);
        var polygons = collection.Features
            .Select(f => f.Geometry)
            .Where(g => g is Polygon or MultiPolygon)
            .Cast<Geometry>()
            .ToList();
        if (polygons.Count == 0)
        {
            throw new DataValidationException([new DataError("no-boundary", "The boundary file holds no Polygon or MultiPolygon.", File: path)]);
        }

        var boundary = polygons.Count == 1 ? polygons[0] : _geometry.Wgs84.BuildGeometry(polygons).Union();
        return boundary.IsValid ? boundary : GeometryFixer.Fix(boundary);
    }

    private static void CheckConsistency(CountyGeodataReader reader, string countyCode, List<TownshipRecord> townships, List<VillageRecord> villages)
    {
        var errors = new ErrorList();
        if (townships.Count == 0)
        {
            errors.Add(new DataError("no-townships", "The county has no township rows.", File: reader.TownshipsFile(countyCode)));
        }

        foreach (var dup in townships.GroupBy(t => t.Code).Where(g => g.Count() > 1))
        {
            errors.Add(new DataError("duplicate-id", "The township code appears more than once.", File: reader.TownshipsFile(countyCode), Row: dup.Skip(1).First().Row, Column: "code", Value: dup.Key));
        }

        var codes = townships.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var v in villages)
        {
            if (!codes.Contains(v.TownshipCode))
            {
                errors.Add(new DataError("unknown-township", "The village's township_code is not in the townships file.", File: reader.VillagesFile(countyCode), Row: v.Row, Column: "township_code", Value: v.TownshipCode));
            }
        }

        foreach (var dup in villages.GroupBy(v => v.Code).Where(g => g.Count() > 1))
        {
            errors.Add(new DataError("duplicate-id", "The village code appears more than once.", File: reader.VillagesFile(countyCode), Row: dup.Skip(1).First().Row, Column: "code", Value: dup.Key));
        }

        errors.ThrowIfAny();
    }

    private List<Seat> PlaceTownships(CountyRecord county, List<TownshipRecord> townships, List<VillageRecord> villages, Geometry boundary, string file, List<DataError> notes)
    {
        var factory = _geometry.Wgs84;
        var gaps = new GapPlacement(factory);
        var centre = new Coordinate(county.Centre.Lon, county.Centre.Lat);
        var occupied = townships.Where(t => t.Location is not null).Select(t => new Coordinate(t.Location!.Value.Lon, t.Location.Value.Lat)).Append(centre).ToList();
        var seats = new List<Seat>();
        foreach (var t in townships)
        {
            if (t.Location is { } known)
            {
                seats.Add(new Seat(known, !t.HasSourcePoint));
                if (!t.HasSourcePoint)
                {
                    notes.Add(new DataError(
                        "estimated-location",
                        $"{t.Name}'s point is the file's own fallback ({t.CoordSource}), not a surveyed seat; the station is marked as estimated.",
                        File: file,
                        Row: t.Row,
                        Column: "coord_source",
                        Entity: $"site {t.Code}",
                        Value: t.CoordSource,
                        Severity: DataErrorSeverity.Warning));
                }

                continue;
            }

            var trusted = villages.Where(v => v.TownshipCode == t.Code && v.HasTrustedPoint).Select(v => v.Location!.Value).ToList();
            Coordinate placed;
            string how;
            var mean = trusted.Count > 0 ? new Coordinate(trusted.Average(p => p.Lon), trusted.Average(p => p.Lat)) : null;
            if (mean is not null && boundary.Contains(factory.CreatePoint(mean)))
            {
                placed = mean;
                how = $"the mean of its {trusted.Count} villages with trusted points";
            }
            else if (t.IsSubdistrict)
            {
                placed = gaps.OnRing(boundary, centre, _options.SubdistrictRingKm, occupied);
                how = string.Create(CultureInfo.InvariantCulture, $"{_options.SubdistrictRingKm:0.#} km from the county centre, on the side farthest from the known seats (a subdistrict belongs to the county seat)");
            }
            else
            {
                placed = gaps.LargestGap(boundary, occupied);
                how = "the point of the county farthest from every known township seat";
            }

            var point = new GeoPoint(Math.Round(placed.X, 6), Math.Round(placed.Y, 6));
            occupied.Add(new Coordinate(point.Lon, point.Lat));
            seats.Add(new Seat(point, true));
            notes.Add(new DataError(
                "estimated-location",
                $"{t.Name} has no point in the source; its station was placed at {how}: {point}.",
                File: file,
                Row: t.Row,
                Column: "lon",
                Entity: $"site {t.Code}",
                Severity: DataErrorSeverity.Warning));
        }

        return seats;
    }

    private Dictionary<string, GeoPoint> PlaceVillages(List<TownshipRecord> townships, List<VillageRecord> villages, VoronoiTerritories territories, CancellationToken cancellationToken, IProgress<CountyImportProgress>? progress)
    {
        var result = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        var occupied = villages.Where(v => v.HasTrustedPoint).Select(v => new Coordinate(v.Location!.Value.Lon, v.Location.Value.Lat)).ToList();
        foreach (var v in villages.Where(v => v.HasTrustedPoint))
        {
            result[v.Code] = v.Location!.Value;
        }

        for (var i = 0; i < townships.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new CountyImportProgress("villages", 0.3 + (0.65 * i / townships.Count)));
            var t = townships[i];
            var missing = villages.Where(v => v.TownshipCode == t.Code && !v.HasTrustedPoint).ToList();
            foreach (var (group, key, radius) in new[]
            {
                (missing.Where(v => v.IsBuiltUp).ToList(), $"{t.Code}/built-up", (double?)_options.BuiltUpRadiusKm),
                (missing.Where(v => !v.IsBuiltUp).ToList(), $"{t.Code}/rural", null),
            })
            {
                if (group.Count == 0)
                {
                    continue;
                }

                var points = territories.Scatter(i, group.Count, key, occupied, VoronoiTerritories.DefaultInsetKm, radius);
                for (var k = 0; k < group.Count; k++)
                {
                    var p = new GeoPoint(Math.Round(points[k].X, 6), Math.Round(points[k].Y, 6));
                    result[group[k].Code] = p;
                    occupied.Add(new Coordinate(p.Lon, p.Lat));
                }
            }
        }

        return result;
    }

    private Scenario BuildScenario(CountyRecord county, List<TownshipRecord> townships, List<VillageRecord> villages, List<Seat> seats, Dictionary<string, GeoPoint> villagePoints, Geometry boundary, List<DataError> notes, string villagesFile)
    {
        var o = _options;
        var hub = new Site
        {
            Id = new SiteId(county.Code),
            Name = $"{county.Name}县域集采集配中心",
            Tier = SiteTier.CountyHub,
            Location = county.Centre,
            OpeningHours = new OpeningHours(new TimeOnly(6, 0), new TimeOnly(21, 0)),
        };
        var b = new ScenarioBuilder
        {
            Name = $"{county.Name}（{county.Code}，geodata import; village points and demand partly estimated）",
            CountyCode = county.Code,
            CountyName = county.Name,
            BoundaryGeoJson = new GeoJsonWriter(decimals: 6).Write(boundary),
            Parameters = ScenarioParameters.Default with { CircuityFactor = o.CircuityFactor, AverageSpeedKmh = o.AverageSpeedKmh },
        };
        b.AddSite(hub);
        var stations = new List<Site>();
        for (var i = 0; i < townships.Count; i++)
        {
            var t = townships[i];
            var station = new Site
            {
                Id = new SiteId(t.Code),
                Name = $"{t.Name}综合运输服务站",
                Tier = SiteTier.TownshipStation,
                TownshipCode = t.Code,
                Location = seats[i].Point,
                LocationEstimated = seats[i].Estimated,
                OpeningHours = new OpeningHours(new TimeOnly(7, 30), new TimeOnly(18, 30)),
                RequiredVisitsPerWeek = 6,
            };
            stations.Add(station);
            b.AddSite(station);
        }

        var noMarket = new bool[7];
        foreach (var v in villages)
        {
            var tier = v.IsCommunity ? SiteTier.Village : SiteTier.VillageOutlet;
            var site = new Site
            {
                Id = new SiteId(v.Code),
                Name = v.ShortName.Length > 0 ? v.ShortName : v.Name,
                Tier = tier,
                TownshipCode = v.TownshipCode,
                VillageCode = v.Code,
                Location = villagePoints[v.Code],
                LocationEstimated = !v.HasTrustedPoint,
            };
            if (o.EstimateDemand)
            {
                var population = o.EstimatedPopulation(v.UrbanRuralCode);
                var households = (int)Math.Round(population / o.PersonsPerHousehold);
                var demand = o.Demand.Weekly(population, households, o.ParcelsPerResidentWeek, 1.0, noMarket, o.ReferenceMonday);
                site = site with
                {
                    Population = population,
                    Households = households,
                    Demand = demand,
                    RequiredVisitsPerWeek = tier == SiteTier.VillageOutlet ? o.Demand.RequiredVisits(demand) : 0,
                };
            }

            b.AddSite(site);
        }

        foreach (var v in FleetCatalog.HubFleet(hub.Id, stations.Count))
        {
            b.AddVehicleType(v);
        }

        for (var i = 0; i < stations.Count; i++)
        {
            b.AddVehicleType(FleetCatalog.StationVan(stations[i], villages.Count(v => v.TownshipCode == townships[i].Code)));
            if (townships[i].IsSubdistrict)
            {
                b.AddVehicleType(FleetCatalog.StationTricycle(stations[i]));
            }
        }

        if (o.ExcludeBadRows)
        {
            var rows = villages.ToDictionary(v => $"site {v.Code}", v => v.Row, StringComparer.Ordinal);
            notes.AddRange(b.ExcludeBadRows().Select(e => e with { File = villagesFile, Row = rows.GetValueOrDefault(e.Entity ?? string.Empty) }));
        }

        return b.Build();
    }

    private sealed record Seat(GeoPoint Point, bool Estimated);
}
