using System.Text;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Import;
using Logistics.Planning.Network;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Tests.Import;

public class SiteImporterTests
{
    private static ImportResult<IReadOnlyList<Site>> FromCsv(string csv, ImportOptions? options = null) =>
        SiteImporter.FromTable(CsvSheetReader.Read(Encoding.UTF8.GetBytes(csv), "test.csv"), options);

    [Fact]
    public void Clean_file_loads_every_column()
    {
        var result = SiteImporter.Read(TestFiles.Path("sites-clean.csv"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var sites = result.Value!;
        Assert.Equal(7, sites.Count);
        Assert.Equal(SiteTier.CountyHub, sites[0].Tier);
        Assert.Equal(new OpeningHours(new TimeOnly(7, 0), new TimeOnly(19, 0)), sites[0].OpeningHours);

        var outlet = sites.Single(s => s.Id == new SiteId("V10101"));
        Assert.Equal("龙潭镇 梨耳村, 村级站点", outlet.Name);
        Assert.Equal(SiteTier.VillageOutlet, outlet.Tier);
        Assert.Equal("500242101", outlet.TownshipCode);
        Assert.Equal("500242101201", outlet.VillageCode);
        Assert.Equal(new GeoPoint(108.9791, 28.5902), outlet.Location);
        Assert.Equal(2, outlet.RequiredVisitsPerWeek);
        Assert.Equal(1820, outlet.Population);
        Assert.Equal(560, outlet.Households);
        Assert.Equal(new OpeningHours(new TimeOnly(8, 30), new TimeOnly(17, 30)), outlet.OpeningHours);

        // Short form: 120 kg down a day split 60/25/15, 45.5 kg produce up, the same every day.
        var monday = outlet.Demand[DayOfWeek.Monday];
        Assert.Equal(72, monday.ConsumerGoods.Kg, 9);
        Assert.Equal(30, monday.FarmInputs.Kg, 9);
        Assert.Equal(18, monday.Parcels.Kg, 9);
        Assert.Equal(45.5, monday.Produce.Kg, 9);
        Assert.Equal(GoodsVolumes.TypicalM3(GoodsClass.ConsumerGoods, 72), monday.ConsumerGoods.M3, 6);
        Assert.Equal(120 * 7, outlet.Demand.WeekDown.Kg, 6);

        var village = sites.Single(s => s.Id == new SiteId("V10102"));
        Assert.True(village.LocationEstimated);
        Assert.Equal(OpeningHours.Default, village.OpeningHours);
        Assert.True(sites.Single(s => s.Tier == SiteTier.CandidateSite).Demand.Equals(WeeklyDemand.None));
    }

    [Fact]
    public void Estimated_positions_give_one_warning_that_does_not_block()
    {
        var result = SiteImporter.Read(TestFiles.Path("sites-clean.csv"));
        var w = Assert.Single(result.Warnings);
        Assert.Equal("estimated-location", w.Code);
        Assert.Contains("row 6", w.Message);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Long_demand_columns_fill_their_day_and_class_and_missing_ones_are_zero()
    {
        var sites = SiteImporter.Read(TestFiles.Path("sites-long.csv")).GetValueOrThrow();
        var v = sites.Single(s => s.Id == new SiteId("V10101")).Demand;
        Assert.Equal(new Quantity(80, 0.32), v[DayOfWeek.Monday].ConsumerGoods);
        Assert.Equal(new Quantity(40, 0), v[DayOfWeek.Monday].Produce);
        Assert.Equal(new Quantity(12.5, 0), v[DayOfWeek.Thursday].Parcels);
        Assert.Equal(new Quantity(200, 0), v[DayOfWeek.Sunday].FarmInputs);
        Assert.Equal(DailyDemand.None, v[DayOfWeek.Wednesday]);
        Assert.Equal(80 + 12.5 + 200, v.WeekDown.Kg, 9);
    }

    [Fact]
    public void Gbk_file_with_chinese_headers_loads_with_names_intact_and_coordinates_converted()
    {
        var result = SiteImporter.Read(TestFiles.Path("sites-gbk.csv"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var sites = result.Value!;
        Assert.Equal(["酉阳县集采集配中心", "龙潭镇乡镇综合运输服务站", "龙潭镇梨耳村村级站点", "赵庄村（土家族聚居）"], sites.Select(s => s.Name));
        Assert.Equal([SiteTier.CountyHub, SiteTier.TownshipStation, SiteTier.VillageOutlet, SiteTier.Village], sites.Select(s => s.Tier));

        // The outlet is given in 高德 (GCJ-02) coordinates: stored as WGS84.
        var expected = ChinaDatums.Gcj02ToWgs84(new GeoPoint(108.98517, 28.58728));
        Assert.Equal(expected, sites[2].Location);
        Assert.InRange(GreatCircle.DistanceMetres(sites[2].Location, new GeoPoint(108.98517, 28.58728)), 200, 900);
        Assert.Equal(new GeoPoint(108.9536, 28.6131), sites[1].Location); // 国家2000 = CGCS2000 = WGS84 here
    }

    [Fact]
    public void Forcing_utf8_on_a_gbk_file_does_not_load_chinese_headers()
    {
        var result = SiteImporter.Read(TestFiles.Path("sites-gbk.csv"), new ImportOptions { Encoding = CsvEncodingChoice.Utf8 });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "missing-column");
    }

    [Fact]
    public void GeoJson_points_load_with_properties_and_per_feature_crs()
    {
        var result = SiteImporter.Read(TestFiles.Path("sites.geojson"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var sites = result.Value!;
        Assert.Equal(3, sites.Count);
        Assert.Equal(SiteTier.CountyHub, sites[0].Tier);
        Assert.Equal(3, sites[1].RequiredVisitsPerWeek);
        var v = sites[2];
        Assert.Equal(ChinaDatums.Gcj02ToWgs84(new GeoPoint(108.9848, 28.5937)), v.Location);
        Assert.True(v.LocationEstimated);
        Assert.Equal(120 * 7, v.Demand.WeekDown.Kg, 6);
    }

    [Fact]
    public void File_level_coordinate_system_applies_unless_a_row_says_otherwise()
    {
        const string csv = "id,name,tier,lon,lat,crs\nH,县中心,hub,108.7674,28.8413,\nS,镇站,station,108.9536,28.6131,WGS84\n";
        var sites = FromCsv(csv, new ImportOptions { CoordinateSystem = CoordinateSystem.Bd09 }).GetValueOrThrow();
        Assert.Equal(ChinaDatums.Bd09ToWgs84(new GeoPoint(108.7674, 28.8413)), sites[0].Location);
        Assert.Equal(new GeoPoint(108.9536, 28.6131), sites[1].Location);
    }

    [Fact]
    public void Headers_match_ignoring_case_spaces_and_underscores()
    {
        const string csv = " ID ,Name,TIER,Township Code,Longitude,LATITUDE,Visits-Per-Week\nH,县中心,Hub,,108.7674,28.8413,0\n";
        var site = Assert.Single(FromCsv(csv).GetValueOrThrow());
        Assert.Equal(SiteTier.CountyHub, site.Tier);
    }

    [Fact]
    public void Parse_errors_of_all_rows_are_collected_with_row_column_and_value()
    {
        const string csv =
            "编号,名称,类型,经度,纬度,人口,营业开始\n" +
            "H,县中心,hub,108.7674,28.8413,0,07:00\n" +
            ",无编号,outlet,108.9,28.6,10,\n" +
            "V2,二村,warehouse,108.9,abc,12.5,25:00\n" +
            "V3,三村,outlet,,28.6,,\n";
        var result = FromCsv(csv);
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        var errors = result.Errors;
        void Has(string code, int row, string column, string? value)
        {
            Assert.Contains(errors, e => e.Code == code && e.Row == row && e.Column == column && e.Value == value && e.File == "test.csv");
        }

        Has("missing-value", 3, "编号", string.Empty);
        Has("unknown-tier", 4, "类型", "warehouse");
        Has("not-a-number", 4, "纬度", "abc");
        Has("not-an-integer", 4, "人口", "12.5");
        Has("bad-time", 4, "营业开始", "25:00");
        Has("missing-value", 5, "经度", string.Empty);
        Assert.Contains(SiteTierNames.Accepted, errors.Single(e => e.Code == "unknown-tier").Message);
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void Semantic_errors_point_at_row_and_column_as_the_file_spells_it()
    {
        const string csv =
            "编号,名称,类型,乡镇代码,经度,纬度,每周服务次数\n" +
            "H,县中心,hub,,108.7674,28.8413,0\n" +
            "S,镇站,station,5002421,108.9536,28.6131,3\n" +
            "V,村,outlet,500242101,10.8979,28.5902,9\n";
        var errors = FromCsv(csv).Errors;
        Assert.Contains(errors, e => e.Code == "bad-township-code" && e.Row == 3 && e.Column == "乡镇代码" && e.Value == "5002421");
        Assert.Contains(errors, e => e.Code == "bad-visits" && e.Row == 4 && e.Column == "每周服务次数" && e.Value == "9");
        Assert.Contains(errors, e => e.Code == "outside-china" && e.Row == 4 && e.Column == "经度" && e.Value == "10.8979, 28.5902");
        Assert.All(errors, e => Assert.StartsWith("site ", e.Entity));
    }

    [Fact]
    public void Xlsx_errors_carry_the_excel_row_and_the_header()
    {
        var hub = new Site { Id = new SiteId("H"), Name = "县中心", Tier = SiteTier.CountyHub, Location = new GeoPoint(108.7674, 28.8413) };
        var days = Enumerable.Repeat(DailyDemand.None, 7).ToArray();
        days[4] = DailyDemand.None with { Parcels = new Quantity(-3, 0) };
        var village = new Site { Id = new SiteId("V"), Name = "村", Tier = SiteTier.Village, Location = new GeoPoint(108.9, 28.6), Demand = new WeeklyDemand(days) };
        var path = Path.Combine(TestFiles.TempDirectory(), "sites.xlsx");
        Logistics.Planning.Export.SiteExporter.Write([hub, village, hub with { Name = "重复" }], path);

        var errors = SiteImporter.Read(path).Errors;
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Code == "negative-demand" && e.Row == 3 && e.Column == "demand_fri_parcels_kg" && e.Value == "-3" && e.File == "sites.xlsx");
        Assert.Contains(errors, e => e.Code == "duplicate-id" && e.Row == 4 && e.Column == "id" && e.Message.Contains("row 2", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unparsable_closing_time_is_one_error_not_two()
    {
        var result = FromCsv("id,name,tier,lon,lat,open,close\nH,县中心,hub,108.7674,28.8413,19:00,7pm\n");
        var e = Assert.Single(result.Errors);
        Assert.Equal("bad-time", e.Code);
        Assert.Equal("close", e.Column);
    }

    [Fact]
    public void Short_form_negative_demand_points_at_the_short_column()
    {
        const string csv = "id,name,tier,lon,lat,down_kg_per_day,up_kg_per_day\nH,县中心,hub,108.7674,28.8413,0,0\nV,村,outlet,108.9,28.6,-5,3\n";
        var errors = FromCsv(csv).Errors;
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal("negative-demand", e.Code);
            Assert.Equal(3, e.Row);
            Assert.Equal("down_kg_per_day", e.Column);
            Assert.Equal("-5", e.Value);
        });
    }

    [Fact]
    public void Short_and_long_demand_columns_together_are_refused()
    {
        const string csv = "id,name,tier,lon,lat,down_kg_per_day,demand_mon_consumer_kg\nH,县中心,hub,108.7674,28.8413,0,0\n";
        var e = Assert.Single(FromCsv(csv).Errors);
        Assert.Equal("conflicting-columns", e.Code);
        Assert.Equal(1, e.Row);
    }

    [Fact]
    public void A_missing_name_column_is_one_error_not_one_per_row()
    {
        var e = Assert.Single(FromCsv("id,tier,lon,lat\nH,hub,108.7674,28.8413\nV,village,108.9,28.6\n").Errors);
        Assert.Equal("missing-column", e.Code);
        Assert.Equal("name", e.Column);
        Assert.Contains("名称", e.Message);
        Assert.Contains("'id', 'tier', 'lon', 'lat'", e.Message);
    }

    [Fact]
    public void A_column_given_twice_is_an_error_and_an_unknown_column_a_warning()
    {
        var result = FromCsv("id,编号,name,tier,lon,lat,备注\nH,H,县中心,hub,108.7674,28.8413,x\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal("duplicate-column", error.Code);
        Assert.Equal("编号", error.Column);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("unknown-column", warning.Code);
        Assert.Equal("备注", warning.Column);
    }

    [Fact]
    public void Max_village_distance_comes_from_the_parameters()
    {
        // 0.2° of latitude ≈ 22 km: fine with the default 40 km, an error with a 15 km limit.
        const string csv = "id,name,tier,township_code,lon,lat\nS,镇站,station,500242101,108.95,28.60\nV,村,village,500242101,108.95,28.80\n";
        Assert.True(FromCsv(csv).Succeeded);
        var tight = FromCsv(csv, new ImportOptions { Parameters = ScenarioParameters.Default with { MaxVillageToTownshipKm = 15 } });
        var e = Assert.Single(tight.Errors);
        Assert.Equal("far-from-township", e.Code);
        Assert.Equal(3, e.Row);
    }

    [Fact]
    public void With_bad_rows_excluded_a_far_village_is_a_warning_naming_file_and_row_and_the_rest_is_kept()
    {
        // Row 3 lies 200 km north of its station (0.2° would be fine); row 4 is fine.
        const string csv = "id,name,tier,township_code,lon,lat\nS,镇站,station,500242101,108.95,28.60\nV,村,village,500242101,108.95,30.40\nW,村二,outlet,500242101,108.96,28.62\n";
        var strict = FromCsv(csv);
        Assert.Equal(("far-from-township", 3), (Assert.Single(strict.Errors).Code, strict.Errors[0].Row));

        var result = FromCsv(csv, new ImportOptions { ExcludeBadRows = true });
        Assert.True(result.Succeeded);
        Assert.Equal(["S", "W"], result.Value!.Select(x => x.Id.Value));
        var w = Assert.Single(result.Warnings);
        Assert.Equal(("far-from-township", "test.csv", 3), (w.Code, w.File, w.Row));
        Assert.StartsWith(BadRows.ExcludedPrefix, w.Message, StringComparison.Ordinal);
        Assert.Contains("km from its township station", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_station_row_is_not_excluded()
    {
        const string csv = "id,name,tier,township_code,lon,lat\nS,镇站,station,500242101,28.60,108.95\n";
        var result = FromCsv(csv, new ImportOptions { ExcludeBadRows = true });
        Assert.False(result.Succeeded);
        Assert.Equal(2, Assert.Single(result.Errors).Row);
    }

    [Fact]
    public void Unsupported_and_missing_files_are_errors_naming_the_file()
    {
        var dir = TestFiles.TempDirectory();
        var xls = Path.Combine(dir, "old.xls");
        File.WriteAllBytes(xls, [1, 2, 3]);
        var e = Assert.Single(SiteImporter.Read(xls).Errors);
        Assert.Equal("unsupported-format", e.Code);
        Assert.Contains(".xlsx", e.Message);
        Assert.Equal("unreadable-file", Assert.Single(SiteImporter.Read(Path.Combine(dir, "none.csv")).Errors).Code);
    }

    [Fact]
    public void GeoJson_features_that_are_not_points_are_reported_by_index()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[108.7674,28.8413]},"properties":{"id":"H","name":"县中心","tier":"hub"}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[108,28],[109,29]]},"properties":{"id":"L","name":"线","tier":"outlet"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[108.9,"x"]},"properties":{"id":"B","name":"坏","tier":"outlet"}}
            ]}
            """;
        var result = SiteImporter.FromTable(GeoJsonSheetReader.Read(json, "s.geojson"));
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Code == "not-a-point" && e.Entity == "features[1]" && e.Value == "LineString");
        Assert.Contains(result.Errors, e => e.Code == "bad-coordinate" && e.Entity == "features[2]" && e.Column == "geometry.coordinates");
    }

    [Fact]
    public void GeoJson_feature_id_stands_in_for_a_missing_id_property()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","id":"H","geometry":{"type":"Point","coordinates":[108.7674,28.8413]},"properties":{"name":"县中心","tier":"hub"}},
              {"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[108.9,28.6]},"properties":{"name":"村","tier":"village"}},
              {"type":"Feature","id":"ignored","geometry":{"type":"Point","coordinates":[108.9,28.7]},"properties":{"编号":"V2","name":"二村","tier":"village"}}
            ]}
            """;
        var sites = SiteImporter.FromTable(GeoJsonSheetReader.Read(json, "s.geojson")).GetValueOrThrow();
        Assert.Equal(["H", "7", "V2"], sites.Select(s => s.Id.Value));
    }

    [Fact]
    public void GeoJson_semantic_errors_name_the_feature_and_the_geometry()
    {
        const string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[10.7674,28.8413]},"properties":{"id":"H","name":"县中心","tier":"hub"}}
            ]}
            """;
        var e = Assert.Single(SiteImporter.FromTable(GeoJsonSheetReader.Read(json, "s.geojson")).Errors);
        Assert.Equal("outside-china", e.Code);
        Assert.Null(e.Row);
        Assert.Equal("features[0] (site H)", e.Entity);
        Assert.Equal("geometry.coordinates", e.Column);
    }
}
