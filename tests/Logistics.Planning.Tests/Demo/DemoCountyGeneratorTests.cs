using System.Text.Json;
using Logistics.Planning.Demo;
using Logistics.Planning.Network;
using Logistics.Planning.Serialization;
using Logistics.Spatial.Geodesy;
using NetTopologySuite.Geometries;

namespace Logistics.Planning.Tests.Demo;

public class DemoCountyGeneratorTests
{
    private static readonly GeometryFactory Factory = new GeometryServices().Wgs84;

    private static readonly Lazy<Scenario> Shipped = new(() => new DemoCountyGenerator(DemoCountyOptions.Default, Factory).Generate());

    [Theory]
    [InlineData(DemoCountyFiles.ScenarioFileName)]
    [InlineData(DemoCountyFiles.SitesFileName)]
    [InlineData(DemoCountyFiles.VehiclesFileName)]
    public void Shipped_file_is_exactly_what_the_generator_writes(string fileName)
    {
        var committed = File.ReadAllBytes(RepositoryFiles.Combine("data", "demo-county", fileName));
        var generated = DemoCountyFiles.Render(Shipped.Value).Single(f => f.FileName == fileName).Content;
        Assert.True(
            committed.AsSpan().SequenceEqual(generated),
            $"data/demo-county/{fileName} differs from the generator's output; regenerate with `logistics demo --out data/demo-county` and commit.");
        Assert.True(committed.Length < 2_000_000, $"{fileName} is {committed.Length} bytes; it must stay small enough to ship.");
    }

    [Fact]
    public void Shipped_sites_file_imports_as_the_scenario_sites()
    {
        var result = Logistics.Planning.Import.SiteImporter.Read(RepositoryFiles.Combine("data", "demo-county", DemoCountyFiles.SitesFileName));
        Assert.Empty(result.Errors);
        Assert.Equal(Shipped.Value.Sites, result.GetValueOrThrow());
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes_and_another_seed_another_county()
    {
        var a = ScenarioJson.Serialize(new DemoCountyGenerator(DemoCountyOptions.Default, Factory).Generate());
        var b = ScenarioJson.Serialize(new DemoCountyGenerator(DemoCountyOptions.Default, Factory).Generate(new Random(DemoCountyOptions.DocumentedSeed)));
        var c = ScenarioJson.Serialize(new DemoCountyGenerator(DemoCountyOptions.Default with { Seed = 7 }, Factory).Generate());
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(DemoCountyOptions.DocumentedSeed)]
    [InlineData(1)]
    [InlineData(424242)]
    public void Counts_are_in_the_documented_ranges(int seed)
    {
        var s = new DemoCountyGenerator(DemoCountyOptions.Default with { Seed = seed }, Factory).Generate();
        Assert.Single(s.SitesOf(SiteTier.CountyHub));
        Assert.InRange(s.SitesOf(SiteTier.TownshipStation).Count(), 20, 30);
        var outlets = s.SitesOf(SiteTier.VillageOutlet).Count();
        var villages = outlets + s.SitesOf(SiteTier.Village).Count();
        Assert.InRange(villages, 250, 350);
        Assert.InRange((double)outlets / villages, 0.78, 0.93);
        Assert.InRange(s.SitesOf(SiteTier.CandidateSite).Count(), 20, 40);
    }

    [Fact]
    public void Codes_follow_the_NBS_pattern_and_names_are_unique()
    {
        var s = Shipped.Value;
        Assert.Equal("500199", s.CountyCode);
        foreach (var st in s.SitesOf(SiteTier.TownshipStation))
        {
            Assert.Matches("^500199(0[0-9]{2}|1[0-9]{2}|2[0-9]{2})$", st.TownshipCode);
            Assert.Equal(st.TownshipCode, st.Id.Value);
            var suffix = int.Parse(st.TownshipCode[6..], System.Globalization.CultureInfo.InvariantCulture);
            var expected = suffix < 100 ? "街道综合运输服务站" : suffix < 200 ? "镇综合运输服务站" : "乡综合运输服务站";
            Assert.EndsWith(expected, st.Name, StringComparison.Ordinal);
        }

        foreach (var v in s.Sites.Where(x => x.Tier is SiteTier.VillageOutlet or SiteTier.Village))
        {
            Assert.Matches("^[0-9]{12}$", v.VillageCode);
            Assert.StartsWith(v.TownshipCode, v.VillageCode, StringComparison.Ordinal);
            Assert.EndsWith("村", v.Name, StringComparison.Ordinal);
        }

        Assert.Equal(s.Sites.Count, s.Sites.Select(x => x.Name).Distinct().Count());
    }

    [Fact]
    public void Every_site_lies_inside_the_county_outline_and_villages_near_their_own_seat()
    {
        var s = Shipped.Value;
        var boundary = ReadPolygon(s.BoundaryGeoJson!);
        Assert.True(boundary.IsValid);
        foreach (var site in s.Sites)
        {
            Assert.True(boundary.Contains(Factory.CreatePoint(new Coordinate(site.Location.Lon, site.Location.Lat))), $"{site.Id} {site.Name} outside the outline");
        }

        var env = boundary.EnvelopeInternal;
        var widthKm = GreatCircle.DistanceKm(new(env.MinX, env.Centre.Y), new(env.MaxX, env.Centre.Y));
        var heightKm = GreatCircle.DistanceKm(new(env.Centre.X, env.MinY), new(env.Centre.X, env.MaxY));
        Assert.InRange(widthKm, 40, 62);
        Assert.InRange(heightKm, 32, 50);

        var stations = s.SitesOf(SiteTier.TownshipStation).ToList();
        foreach (var v in s.Sites.Where(x => x.Tier is SiteTier.VillageOutlet or SiteTier.Village))
        {
            var own = stations.Single(st => st.TownshipCode == v.TownshipCode);
            var d = GreatCircle.DistanceKm(v.Location, own.Location);
            Assert.InRange(d, 0.1, 14);
            Assert.All(stations.Where(st => st != own), st => Assert.True(GreatCircle.DistanceKm(v.Location, st.Location) > d, $"{v.Name} is nearer to {st.Name} than to {own.Name}"));
        }
    }

    [Fact]
    public void Populations_households_and_visits_are_plausible()
    {
        var s = Shipped.Value;
        var villages = s.Sites.Where(x => x.Tier is SiteTier.VillageOutlet or SiteTier.Village).ToList();
        Assert.All(villages, v =>
        {
            Assert.InRange(v.Population, 800, 3500);
            Assert.InRange((double)v.Population / v.Households, 2.55, 3.05);
            Assert.False(v.Demand.Equals(WeeklyDemand.None));
        });
        Assert.All(s.SitesOf(SiteTier.TownshipStation), st => Assert.True(st.Population > 1000 && st.RequiredVisitsPerWeek >= 6));
        var outlets = s.SitesOf(SiteTier.VillageOutlet).ToList();
        Assert.All(outlets, o => Assert.InRange(o.RequiredVisitsPerWeek, 2, 6));
        Assert.True(outlets.Count(o => o.RequiredVisitsPerWeek <= 3) >= 0.6 * outlets.Count, "most outlets need 2–3 visits a week");
        Assert.Contains(outlets, o => o.RequiredVisitsPerWeek >= 4);
        Assert.All(s.SitesOf(SiteTier.Village), v => Assert.Equal(0, v.RequiredVisitsPerWeek));
        Assert.All(s.SitesOf(SiteTier.CandidateSite), c => Assert.True(c.Demand.Equals(WeeklyDemand.None) && c.Population == 0));
    }

    [Fact]
    public void Parcels_per_resident_stay_in_the_documented_band()
    {
        var model = DemandModel.Default;
        foreach (var v in Shipped.Value.SitesOf(SiteTier.VillageOutlet))
        {
            var parcelsPerWeek = v.Demand.Days.Sum(d => d.Parcels.Kg) / model.ParcelKg;
            Assert.InRange(parcelsPerWeek / v.Population, 0.0495, 0.1505);
        }
    }

    [Fact]
    public void Market_days_carry_more_farm_inputs_than_ordinary_weekdays()
    {
        var monday = DemoCountyOptions.Default.ReferenceMonday;
        var sawMarketPattern = 0;
        foreach (var v in Shipped.Value.SitesOf(SiteTier.VillageOutlet))
        {
            var inputs = v.Demand.Days.Take(6).Select(d => d.FarmInputs.Kg).ToArray();
            var max = inputs.Max();
            var min = inputs.Min();
            Assert.True(max > 2 * min, $"{v.Name}: market days should stand out");
            var busiest = Array.IndexOf(inputs, max);
            Assert.Contains(busiest, Enumerable.Range(0, 6).Where(i => new[] { 1, 2, 3 }.Any(c => MarketDays.IsMarketDay((MarketCycle)c, monday.AddDays(i)))));
            sawMarketPattern++;
        }

        Assert.True(sawMarketPattern > 200);
    }

    [Fact]
    public void Fleet_has_trunk_trucks_cold_chain_and_a_van_per_station()
    {
        var s = Shipped.Value;
        Assert.Contains(s.VehicleTypes, v => v.Id.Value == "trunk-4.2m" && v.HomeDepot == s.Hub!.Id && v.Count >= 2);
        Assert.Single(s.VehicleTypes, v => v.ColdChain);
        foreach (var st in s.SitesOf(SiteTier.TownshipStation))
        {
            Assert.Contains(s.VehicleTypes, v => v.HomeDepot == st.Id && v.Id.Value.StartsWith("van-", StringComparison.Ordinal));
        }

        Assert.All(s.VehicleTypes, v => Assert.True(v.CostPerKm > 0 && v.CostPerHour > 0 && v.Co2KgPerKm > 0));
        Assert.Equal(1.55, s.Parameters.CircuityFactor);
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new DemoCountyGenerator(DemoCountyOptions.Default with { CountyCode = "5001" }, Factory));
        Assert.Throws<ArgumentException>(() => new DemoCountyGenerator(DemoCountyOptions.Default with { MinTownships = 10, MaxTownships = 5 }, Factory));
    }

    private static Polygon ReadPolygon(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        Assert.Equal("Polygon", doc.RootElement.GetProperty("type").GetString());
        var ring = doc.RootElement.GetProperty("coordinates")[0].EnumerateArray()
            .Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToArray();
        return Factory.CreatePolygon(ring);
    }
}
