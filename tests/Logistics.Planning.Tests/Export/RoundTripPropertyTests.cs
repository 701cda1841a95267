using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Export;
using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Export;

/// <summary>Random valid sites survive export → import unchanged, in every table format.</summary>
public class RoundTripPropertyTests
{
    private const string Alphabet = "村镇站点中心龙潭麻旺梨耳赵庄（）·abcXYZ0123456789 ,\"'=-+\n;|\t";

    private static IReadOnlyList<Site> RandomSites(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(1, 25);
        var sites = new List<Site>(count);
        for (var i = 0; i < count; i++)
        {
            var days = Enumerable.Range(0, 7).Select(_ => new DailyDemand(Q(), Q(), Q(), Q())).ToArray();
            var open = new TimeOnly(random.Next(0, 12), random.Next(0, 60), random.Next(0, 4) == 0 ? random.Next(1, 60) : 0);
            sites.Add(new Site
            {
                Id = new SiteId(string.Create(CultureInfo.InvariantCulture, $"S{seed % 1000}-{i}")),
                Name = Text(),
                Tier = Enum.GetValues<SiteTier>()[random.Next(5)],
                TownshipCode = random.Next(2) == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"5002{random.Next(10000, 99999)}"),
                VillageCode = random.Next(2) == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"500242{random.Next(100000, 999999)}"),
                Location = new GeoPoint(105.3 + random.NextDouble() * 4, 28.2 + random.NextDouble() * 3),
                LocationEstimated = random.Next(3) == 0,
                OpeningHours = new OpeningHours(open, open.AddMinutes(random.Next(60, 700))),
                Demand = random.Next(4) == 0 ? WeeklyDemand.None : new WeeklyDemand(days),
                RequiredVisitsPerWeek = random.Next(0, 8),
                Population = random.Next(0, 5000),
                Households = random.Next(0, 2000),
            });
        }

        return sites;

        Quantity Q() => random.Next(3) == 0 ? Quantity.Zero : new Quantity(random.NextDouble() * 500, random.NextDouble() * 2);

        string Text()
        {
            var chars = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray();
            chars[0] = '村'; // cells are trimmed: a name does not start or end with white space
            chars[^1] = '点';
            return new string(chars);
        }
    }

    [Fact]
    public void Random_sites_round_trip_through_csv_gbk_xlsx_and_geojson()
    {
        var dir = Import.TestFiles.TempDirectory();
        var seeds = Gen.Choose(1, 1_000_000).ToArbitrary();
        Prop.ForAll(seeds, seed =>
            {
                var sites = RandomSites(seed);
                foreach (var (file, options) in new (string, ExportOptions)[]
                {
                    ("s.csv", ExportOptions.Default),
                    ("g.csv", new ExportOptions { CsvEncoding = CsvExportEncoding.Gb18030 }),
                    ("s.xlsx", ExportOptions.Default),
                    ("s.geojson", ExportOptions.Default),
                })
                {
                    var path = Path.Combine(dir, file);
                    SiteExporter.Write(sites, path, options);
                    var back = SiteImporter.Read(path);
                    if (!back.Succeeded || !back.Value!.SequenceEqual(sites))
                    {
                        return false;
                    }
                }

                return true;
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }
}
