using System.Globalization;
using System.Text;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;
using Logistics.Spatial.Regions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Logistics.Planning.Demo;

/// <summary>
/// Generates the synthetic demo county (合成数据，非真实县域): a mountainous Chongqing-like county with one hub at
/// the county seat, 22–28 township stations, 270–330 villages (≈ 85 % with an outlet), candidate sites for new
/// outlets, population, weekday demand in both directions, and a fleet. Everything random comes from one
/// <see cref="Random"/> seeded with <see cref="DemoCountyOptions.Seed"/>, consumed in a fixed order, so the same
/// options give the same scenario (and, through ScenarioJson, the same bytes).
/// <para>Steps:</para>
/// <list type="number">
/// <item>Outline: an ellipse of <see cref="DemoCountyOptions.HalfWidthKm"/> × <see cref="DemoCountyOptions.HalfHeightKm"/>
/// with four random low harmonics (±2–7 % each) and a little per-vertex noise, 96 vertices.</item>
/// <item>Seats: the hub at the centre; two subdistricts (街道) 1.5–3 km from it; the other seats thrown as darts at
/// least <see cref="DemoCountyOptions.TownshipSpacingKm"/> apart and 3 km inside the outline. The farthest quarter from
/// the seat become 乡 (codes 201…), the rest 镇 (codes 101…), numbered outward from the seat, as the NBS lists do.</item>
/// <item>Villages: each township gets a share by weight (subdistrict 0.6, town 1.0, 乡 0.85, × 0.7–1.3); villages are
/// placed 3–12 km around their seat (radius 0.75 × the distance to the nearest other seat), always nearer to their
/// own seat than to any other, at least ≈ 1.2 km apart.</item>
/// <item>Attributes and demand: see <see cref="DemandModel"/> and data/README.md.</item>
/// </list>
/// </summary>
public sealed class DemoCountyGenerator
{
    private const int BoundaryVertices = 96;
    private const double VillageInsetKm = 0.5;

    private static readonly OpeningHours[] OutletHours =
    [
        new(new TimeOnly(8, 0), new TimeOnly(18, 0)),
        new(new TimeOnly(8, 30), new TimeOnly(17, 30)),
        new(new TimeOnly(7, 30), new TimeOnly(19, 0)),
        new(new TimeOnly(9, 0), new TimeOnly(17, 0)),
    ];

    private static readonly string[] CandidateSuffixes = ["村委会旁", "小学旁", "岔路口", "老供销社", "公路边", "院坝"];

    private readonly DemoCountyOptions _options;
    private readonly GeometryFactory _factory;

    public DemoCountyGenerator(DemoCountyOptions options, GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        if (options.MinTownships < 3 || options.MaxTownships < options.MinTownships)
        {
            throw new ArgumentException("Townships: need 3 ≤ min ≤ max.", nameof(options));
        }

        if (options.MinVillages < 1 || options.MaxVillages < options.MinVillages || options.MinCandidates < 0 || options.MaxCandidates < options.MinCandidates)
        {
            throw new ArgumentException("Villages and candidates: need min ≤ max.", nameof(options));
        }

        if (options.CountyCode.Length != 6 || !options.CountyCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The county code has 6 digits.", nameof(options));
        }

        _options = options;
        _factory = factory;
    }

    public DemoCountyOptions Options => _options;

    /// <summary>Generates the county with a <see cref="Random"/> seeded from <see cref="DemoCountyOptions.Seed"/>.</summary>
    public Scenario Generate() => Generate(new Random(_options.Seed));

    /// <summary>Generates the county drawing from <paramref name="random"/> (for tests that inject their own).</summary>
    public Scenario Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var o = _options;
        var plane = new LocalPlane(o.CentreLon, o.CentreLat);
        var names = new PlaceNameGenerator(random);
        if (o.CountyName.Length >= 2)
        {
            names.Reserve(o.CountyName[..2]);
        }

        var (boundaryLonLat, boundaryPlane) = MakeBoundary(random, plane);
        var inner = PreparedGeometryFactory.Prepare(boundaryPlane.Buffer(-3.0));
        var villageArea = PreparedGeometryFactory.Prepare(boundaryPlane.Buffer(-VillageInsetKm));

        var townships = MakeTownships(random, inner, names);
        var hubXY = new Coordinate(0, 0);
        var monday = o.ReferenceMonday;

        var hub = new Site
        {
            Id = new SiteId(o.CountyCode),
            Name = $"{o.CountyName}县域集采集配中心",
            Tier = SiteTier.CountyHub,
            Location = ToGeo(plane, hubXY),
            OpeningHours = new OpeningHours(new TimeOnly(6, 0), new TimeOnly(21, 0)),
        };

        var stations = new List<Site>();
        foreach (var t in townships)
        {
            var population = t.Kind switch
            {
                TownshipKind.Subdistrict => RoundTo(Uniform(random, 8000, 15000), 100),
                TownshipKind.Town => RoundTo(Uniform(random, 3000, 12000), 100),
                _ => RoundTo(Uniform(random, 1200, 3500), 100),
            };
            var households = (int)Math.Round(population / Uniform(random, 2.5, 2.8));
            var parcels = Uniform(random, 0.10, 0.20);
            var market = MarketDays.ForWeek(t.Market, monday);
            stations.Add(new Site
            {
                Id = new SiteId(t.Code),
                Name = $"{t.FullName}综合运输服务站",
                Tier = SiteTier.TownshipStation,
                TownshipCode = t.Code,
                Location = ToGeo(plane, t.Seat),
                OpeningHours = new OpeningHours(new TimeOnly(7, 30), new TimeOnly(18, 30)),
                Population = population,
                Households = households,
                Demand = o.Demand.Weekly(population, households, parcels, 0.5, market, monday),
                RequiredVisitsPerWeek = t.Kind == TownshipKind.Subdistrict ? 7 : 6,
            });
        }

        var villageCounts = AllocateVillages(random, townships);
        var villages = PlaceVillages(random, townships, villageCounts, villageArea, names);
        var villageSites = new List<Site>();
        foreach (var v in villages)
        {
            var t = townships[v.Township];
            var population = RoundTo(800 + (2700 * (random.NextDouble() + random.NextDouble()) / 2), 10);
            var households = (int)Math.Round(population / Uniform(random, 2.6, 3.0));
            var parcels = Uniform(random, 0.05, 0.15);
            var specialty = 0.3 + (1.7 * Math.Pow(random.NextDouble(), 1.5));
            var hasOutlet = random.NextDouble() < (population >= o.LargeVillagePopulation ? o.OutletShareLarge : o.OutletShareSmall);
            var hours = OutletHours[random.Next(OutletHours.Length)];
            var demand = o.Demand.Weekly(population, households, parcels, specialty, MarketDays.ForWeek(t.Market, monday), monday);
            villageSites.Add(new Site
            {
                Id = new SiteId(v.Code),
                Name = v.Name,
                Tier = hasOutlet ? SiteTier.VillageOutlet : SiteTier.Village,
                TownshipCode = t.Code,
                VillageCode = v.Code,
                Location = ToGeo(plane, v.Position),
                OpeningHours = hasOutlet ? hours : OpeningHours.Default,
                Population = population,
                Households = households,
                Demand = demand,
                RequiredVisitsPerWeek = hasOutlet ? o.Demand.RequiredVisits(demand) : 0,
            });
        }

        var candidates = MakeCandidates(random, plane, villageSites, villageArea);

        var b = new ScenarioBuilder
        {
            Name = $"{o.CountyName}（合成示例县域 / synthetic demo county, seed {o.Seed.ToString(CultureInfo.InvariantCulture)}）",
            CountyCode = o.CountyCode,
            CountyName = o.CountyName,
            BoundaryGeoJson = PolygonGeoJson(boundaryLonLat),
            Parameters = ScenarioParameters.Default with
            {
                CircuityFactor = o.CircuityFactor,
                AverageSpeedKmh = o.AverageSpeedKmh,
                MaxVillageToTownshipKm = 25,
                Seed = o.Seed,
            },
        };
        b.AddSite(hub).AddSites(stations).AddSites(villageSites).AddSites(candidates);
        foreach (var v in FleetCatalog.HubFleet(hub.Id, stations.Count))
        {
            b.AddVehicleType(v);
        }

        for (var i = 0; i < stations.Count; i++)
        {
            b.AddVehicleType(FleetCatalog.StationVan(stations[i], villageCounts[i]));
            if (townships[i].Kind == TownshipKind.Subdistrict)
            {
                b.AddVehicleType(FleetCatalog.StationTricycle(stations[i]));
            }
        }

        return b.Build();
    }

    private (Coordinate[] LonLat, Polygon Plane) MakeBoundary(Random random, LocalPlane plane)
    {
        var a = _options.HalfWidthKm;
        var bb = _options.HalfHeightKm;
        var harmonics = new (int K, double Amp, double Phase)[4];
        for (var i = 0; i < harmonics.Length; i++)
        {
            harmonics[i] = (i + 2, Uniform(random, 0.02, 0.07), Uniform(random, 0, 2 * Math.PI));
        }

        var lonLat = new Coordinate[BoundaryVertices + 1];
        var xy = new Coordinate[BoundaryVertices + 1];
        for (var i = 0; i < BoundaryVertices; i++)
        {
            var theta = 2 * Math.PI * i / BoundaryVertices;
            var ellipse = a * bb / Math.Sqrt(Math.Pow(bb * Math.Cos(theta), 2) + Math.Pow(a * Math.Sin(theta), 2));
            var factor = 1 + Uniform(random, -0.02, 0.02);
            foreach (var (k, amp, phase) in harmonics)
            {
                factor += amp * Math.Cos((k * theta) + phase);
            }

            var p = plane.ToLonLat(new Coordinate(ellipse * factor * Math.Cos(theta), ellipse * factor * Math.Sin(theta)));
            lonLat[i] = new Coordinate(Math.Round(p.X, 6), Math.Round(p.Y, 6));
            xy[i] = plane.ToPlane(lonLat[i]);
        }

        lonLat[BoundaryVertices] = lonLat[0].Copy();
        xy[BoundaryVertices] = xy[0].Copy();
        return (lonLat, _factory.CreatePolygon(xy));
    }

    private List<Township> MakeTownships(Random random, IPreparedGeometry inner, PlaceNameGenerator names)
    {
        var o = _options;
        var total = random.Next(o.MinTownships, o.MaxTownships + 1);
        var seats = new List<Coordinate>();
        var first = Uniform(random, 0, 2 * Math.PI);
        var second = first + Uniform(random, 0.6 * Math.PI, 1.4 * Math.PI);
        foreach (var angle in new[] { first, second })
        {
            var r = Uniform(random, 1.5, 3.0);
            seats.Add(new Coordinate(r * Math.Cos(angle), r * Math.Sin(angle)));
        }

        var spacing = o.TownshipSpacingKm;
        var failures = 0;
        var hub = new Coordinate(0, 0);
        while (seats.Count < total)
        {
            var c = new Coordinate(Uniform(random, -o.HalfWidthKm, o.HalfWidthKm), Uniform(random, -o.HalfHeightKm, o.HalfHeightKm));
            if (inner.Contains(_factory.CreatePoint(c)) && c.Distance(hub) >= spacing && seats.Skip(2).All(s => s.Distance(c) >= spacing))
            {
                seats.Add(c);
                failures = 0;
            }
            else if (++failures >= 2000)
            {
                spacing *= 0.95;
                failures = 0;
            }
        }

        var rural = seats.Skip(2).OrderBy(s => s.Distance(hub)).ToList();
        var xiangCount = (int)Math.Round(rural.Count * 0.25);
        var result = new List<Township>();
        for (var i = 0; i < 2; i++)
        {
            result.Add(new Township($"{o.CountyCode}{i + 1:000}", names.NextTownName(), TownshipKind.Subdistrict, seats[i], (MarketCycle)random.Next(1, 4)));
        }

        for (var i = 0; i < rural.Count; i++)
        {
            var isXiang = i >= rural.Count - xiangCount;
            var number = isXiang ? 201 + (i - (rural.Count - xiangCount)) : 101 + i;
            result.Add(new Township($"{o.CountyCode}{number:000}", names.NextTownName(), isXiang ? TownshipKind.Xiang : TownshipKind.Town, rural[i], (MarketCycle)random.Next(1, 4)));
        }

        return result;
    }

    private int[] AllocateVillages(Random random, List<Township> townships)
    {
        var total = random.Next(_options.MinVillages, _options.MaxVillages + 1);
        var weights = townships.Select(t => (t.Kind switch
        {
            TownshipKind.Subdistrict => 0.6,
            TownshipKind.Town => 1.0,
            _ => 0.85,
        }) * Uniform(random, 0.7, 1.3)).ToArray();
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var order = Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).ToArray();
        for (var k = 0; k < total - counts.Sum(); k++)
        {
            counts[order[k % order.Length]]++;
        }

        return counts.Select(c => Math.Max(5, c)).ToArray();
    }

    private List<Village> PlaceVillages(Random random, List<Township> townships, int[] counts, IPreparedGeometry area, PlaceNameGenerator names)
    {
        var o = _options;
        var villages = new List<Village>();
        var occupied = townships.Select(t => t.Seat).Append(new Coordinate(0, 0)).ToList();
        for (var ti = 0; ti < townships.Count; ti++)
        {
            var t = townships[ti];
            var nearest = townships.Where((_, j) => j != ti).Min(u => u.Seat.Distance(t.Seat));
            var radius = Math.Clamp(0.75 * nearest, o.MinVillageRadiusKm, o.MaxVillageRadiusKm);
            var spacing = 1.2;
            var failures = 0;
            for (var n = 0; n < counts[ti];)
            {
                var r = radius * Math.Sqrt(Uniform(random, 0.03, 1.0));
                var angle = Uniform(random, 0, 2 * Math.PI);
                var c = new Coordinate(t.Seat.X + (r * Math.Cos(angle)), t.Seat.Y + (r * Math.Sin(angle)));
                var ownDistance = c.Distance(t.Seat);
                var ok = area.Contains(_factory.CreatePoint(c))
                    && townships.Where((_, j) => j != ti).All(u => u.Seat.Distance(c) > ownDistance)
                    && occupied.All(p => p.Distance(c) >= spacing);
                if (!ok)
                {
                    if (++failures >= 500)
                    {
                        spacing *= 0.9;
                        radius = Math.Min(radius * 1.1, nearest);
                        failures = 0;
                    }

                    continue;
                }

                n++;
                failures = 0;
                occupied.Add(c);
                villages.Add(new Village(ti, $"{t.Code}{199 + n:000}", names.NextVillageName() + "村", c));
            }
        }

        return villages;
    }

    private List<Site> MakeCandidates(Random random, LocalPlane plane, List<Site> villages, IPreparedGeometry area)
    {
        var o = _options;
        var count = random.Next(o.MinCandidates, o.MaxCandidates + 1);
        var plain = villages.Where(v => v.Tier == SiteTier.Village).ToList();
        var outlets = villages.Where(v => v.Tier == SiteTier.VillageOutlet).ToList();
        Shuffle(random, plain);
        Shuffle(random, outlets);
        var hosts = plain.Concat(outlets).Take(count).ToList();
        var placed = villages.Select(v => plane.ToPlane(new Coordinate(v.Location.Lon, v.Location.Lat))).ToList();
        var result = new List<Site>();
        foreach (var host in hosts)
        {
            var centre = plane.ToPlane(new Coordinate(host.Location.Lon, host.Location.Lat));
            Coordinate? spot = null;
            for (var attempt = 0; attempt < 200 && spot is null; attempt++)
            {
                var r = Uniform(random, 0.3, 1.2);
                var angle = Uniform(random, 0, 2 * Math.PI);
                var c = new Coordinate(centre.X + (r * Math.Cos(angle)), centre.Y + (r * Math.Sin(angle)));
                if (area.Contains(_factory.CreatePoint(c)) && placed.All(p => p.Distance(c) >= 0.25))
                {
                    spot = c;
                }
            }

            var suffix = CandidateSuffixes[random.Next(CandidateSuffixes.Length)];
            if (spot is null)
            {
                continue;
            }

            placed.Add(spot);
            result.Add(new Site
            {
                Id = new SiteId($"C{host.VillageCode}"),
                Name = $"{host.Name}{suffix}",
                Tier = SiteTier.CandidateSite,
                TownshipCode = host.TownshipCode,
                Location = ToGeo(plane, spot),
            });
        }

        result.Sort((x, y) => string.CompareOrdinal(x.Id.Value, y.Id.Value));
        return result;
    }

    private static void Shuffle<T>(Random random, List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static GeoPoint ToGeo(LocalPlane plane, Coordinate xy)
    {
        var c = plane.ToLonLat(xy);
        return new GeoPoint(Math.Round(c.X, 6), Math.Round(c.Y, 6));
    }

    private static double Uniform(Random random, double min, double max) => min + ((max - min) * random.NextDouble());

    private static int RoundTo(double value, int step) => (int)(Math.Round(value / step) * step);

    private static string PolygonGeoJson(Coordinate[] ring)
    {
        var sb = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (var i = 0; i < ring.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append('[').Append(ring[i].X.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(ring[i].Y.ToString("R", CultureInfo.InvariantCulture)).Append(']');
        }

        return sb.Append("]]}").ToString();
    }

    private enum TownshipKind
    {
        Subdistrict,
        Town,
        Xiang,
    }

    private sealed record Township(string Code, string BaseName, TownshipKind Kind, Coordinate Seat, MarketCycle Market)
    {
        public string FullName => BaseName + Kind switch
        {
            TownshipKind.Subdistrict => "街道",
            TownshipKind.Town => "镇",
            _ => "乡",
        };
    }

    private sealed record Village(int Township, string Code, string Name, Coordinate Position);
}
