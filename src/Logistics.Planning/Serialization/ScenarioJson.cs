using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Logistics.Core.Errors;
using Logistics.Core.Geo;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Serialization;

/// <summary>Reads and writes the stable scenario JSON. Writing the same scenario twice gives the same bytes.</summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(Scenario scenario) => JsonSerializer.Serialize(ToDocument(scenario), Options) + "\n";

    public static void Write(Scenario scenario, string path) => File.WriteAllText(path, Serialize(scenario), new System.Text.UTF8Encoding(false));

    /// <summary>Reads a scenario file; errors name the file and the JSON path or entity.</summary>
    public static Scenario Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new DataValidationException([new DataError("unreadable-file", ex.Message, File: path)]);
        }

        return Deserialize(text, Path.GetFileName(path));
    }

    public static Scenario Deserialize(string json, string fileName = "scenario.json")
    {
        var doc = ParseDocument(json, fileName);
        try
        {
            return FromDocument(doc, fileName).Build();
        }
        catch (DataValidationException ex)
        {
            throw new DataValidationException(ex.Errors.Select(e => e with { File = e.File ?? fileName }).ToList());
        }
    }

    /// <summary>The document of a scenario file, not yet checked against the scenario rules; JSON errors name the line.</summary>
    public static ScenarioDocument ParseDocument(string json, string fileName = "scenario.json")
    {
        ScenarioDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<ScenarioDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new DataValidationException([new DataError(
                "bad-json",
                ex.Message,
                File: fileName,
                Row: ex.LineNumber is long line ? (int)line + 1 : null,
                Column: ex.Path)]);
        }

        return doc ?? throw new DataValidationException([new DataError("bad-json", "The file is empty or null.", File: fileName)]);
    }

    public static ScenarioDocument ToDocument(Scenario s) => new()
    {
        Name = s.Name,
        CountyCode = s.CountyCode,
        CountyName = s.CountyName,
        Parameters = new ParametersDocument
        {
            CircuityFactor = s.Parameters.CircuityFactor,
            AverageSpeedKmh = s.Parameters.AverageSpeedKmh,
            ServiceTimeOutletMinutes = s.Parameters.ServiceTimeOutlet.TotalMinutes,
            ServiceTimeStationMinutes = s.Parameters.ServiceTimeStation.TotalMinutes,
            TransferHandlingMinutes = s.Parameters.TransferHandlingTime.TotalMinutes,
            MaxVillageToTownshipKm = s.Parameters.MaxVillageToTownshipKm,
            Seed = s.Parameters.Seed,
        },
        VehicleTypes = s.VehicleTypes.Select(v => new VehicleTypeDocument
        {
            Id = v.Id.Value,
            Name = v.Name,
            CapacityKg = v.CapacityKg,
            CapacityM3 = v.CapacityM3,
            CostPerKm = v.CostPerKm,
            CostPerHour = v.CostPerHour,
            FixedCostPerDay = v.FixedCostPerDay,
            SpeedFactor = v.SpeedFactor,
            HomeDepot = v.HomeDepot.Value,
            Count = v.Count,
            ShiftHours = v.ShiftLength.TotalHours,
            ColdChain = v.ColdChain,
            Co2KgPerKm = v.Co2KgPerKm,
        }).ToList(),
        Sites = s.Sites.Select(ToDocument).ToList(),
        Boundary = s.BoundaryGeoJson is null ? null : JsonNode.Parse(s.BoundaryGeoJson),
    };

    public static SiteDocument ToDocument(Site site) => new()
    {
        Id = site.Id.Value,
        Name = site.Name,
        Tier = SiteTierNames.Code(site.Tier),
        TownshipCode = site.TownshipCode,
        VillageCode = site.VillageCode.Length == 0 ? null : site.VillageCode,
        Lon = Math.Round(site.Location.Lon, 7),
        Lat = Math.Round(site.Location.Lat, 7),
        LocationEstimated = site.LocationEstimated,
        Open = FormatTime(site.OpeningHours.Open),
        Close = FormatTime(site.OpeningHours.Close),
        VisitsPerWeek = site.RequiredVisitsPerWeek,
        Population = site.Population,
        Households = site.Households,
        Demand = site.Demand.Equals(WeeklyDemand.None) ? null : ToDocument(site.Demand),
    };

    private static DemandDocument ToDocument(WeeklyDemand w)
    {
        double[] Pick(Func<DailyDemand, double> f) => w.Days.Select(f).ToArray();
        return new DemandDocument
        {
            ConsumerKg = Pick(d => d.ConsumerGoods.Kg),
            ConsumerM3 = Pick(d => d.ConsumerGoods.M3),
            InputsKg = Pick(d => d.FarmInputs.Kg),
            InputsM3 = Pick(d => d.FarmInputs.M3),
            ParcelsKg = Pick(d => d.Parcels.Kg),
            ParcelsM3 = Pick(d => d.Parcels.M3),
            ProduceKg = Pick(d => d.Produce.Kg),
            ProduceM3 = Pick(d => d.Produce.M3),
        };
    }

    /// <summary>Turns a document into a builder; structural problems (bad tier, times, array lengths) throw at once.</summary>
    public static ScenarioBuilder FromDocument(ScenarioDocument doc, string fileName = "scenario.json")
    {
        var errors = new ErrorList();
        if (doc.Format != ScenarioDocument.CurrentFormat)
        {
            errors.Add(new DataError("bad-format", $"Expected format '{ScenarioDocument.CurrentFormat}'.", File: fileName, Column: "format", Value: doc.Format));
        }

        var parameters = doc.Parameters ?? new ParametersDocument();
        var sites = doc.Sites ?? [];
        var vehicleTypes = doc.VehicleTypes ?? [];
        var b = new ScenarioBuilder
        {
            Name = doc.Name ?? string.Empty,
            CountyCode = doc.CountyCode ?? string.Empty,
            CountyName = doc.CountyName ?? string.Empty,
            BoundaryGeoJson = doc.Boundary?.ToJsonString(),
            Parameters = new ScenarioParameters
            {
                CircuityFactor = parameters.CircuityFactor,
                AverageSpeedKmh = parameters.AverageSpeedKmh,
                ServiceTimeOutlet = TimeSpan.FromMinutes(parameters.ServiceTimeOutletMinutes),
                ServiceTimeStation = TimeSpan.FromMinutes(parameters.ServiceTimeStationMinutes),
                TransferHandlingTime = TimeSpan.FromMinutes(parameters.TransferHandlingMinutes),
                MaxVillageToTownshipKm = parameters.MaxVillageToTownshipKm,
                Seed = parameters.Seed,
            },
        };

        for (var i = 0; i < sites.Count; i++)
        {
            var d = sites[i];
            var path = $"sites[{i}]";
            if (d is null || string.IsNullOrWhiteSpace(d.Id))
            {
                errors.Add(new DataError("missing-value", "The site needs an id.", File: fileName, Entity: path, Column: "id"));
                continue;
            }

            var entity = $"site {d.Id}";
            if (!SiteTierNames.TryParse(d.Tier, out var tier))
            {
                errors.Add(new DataError("unknown-tier", $"Unknown tier; use one of {SiteTierNames.Accepted}.", File: fileName, Entity: entity, Column: "tier", Value: d.Tier));
            }

            var open = ParseTime(d.Open ?? string.Empty, entity, "open", fileName, errors);
            var close = ParseTime(d.Close ?? string.Empty, entity, "close", fileName, errors);
            var demand = d.Demand is null ? WeeklyDemand.None : ReadDemand(d.Demand, entity, fileName, errors);
            b.AddSite(new Site
            {
                Id = new SiteId(d.Id),
                Name = d.Name ?? string.Empty,
                Tier = tier,
                TownshipCode = d.TownshipCode ?? string.Empty,
                VillageCode = d.VillageCode ?? string.Empty,
                Location = new GeoPoint(d.Lon, d.Lat),
                LocationEstimated = d.LocationEstimated,
                OpeningHours = new OpeningHours(open, close),
                Demand = demand,
                RequiredVisitsPerWeek = d.VisitsPerWeek,
                Population = d.Population,
                Households = d.Households,
            });
        }

        for (var i = 0; i < vehicleTypes.Count; i++)
        {
            var v = vehicleTypes[i];
            if (v is null || string.IsNullOrWhiteSpace(v.Id) || string.IsNullOrWhiteSpace(v.HomeDepot))
            {
                errors.Add(new DataError("missing-value", "The vehicle type needs an id and a home depot.", File: fileName, Entity: $"vehicleTypes[{i}]", Column: v is null || string.IsNullOrWhiteSpace(v.Id) ? "id" : "homeDepot"));
                continue;
            }

            b.AddVehicleType(new VehicleType
            {
                Id = new VehicleTypeId(v.Id),
                Name = v.Name ?? string.Empty,
                CapacityKg = v.CapacityKg,
                CapacityM3 = v.CapacityM3,
                CostPerKm = v.CostPerKm,
                CostPerHour = v.CostPerHour,
                FixedCostPerDay = v.FixedCostPerDay,
                SpeedFactor = v.SpeedFactor,
                HomeDepot = new SiteId(v.HomeDepot),
                Count = v.Count,
                ShiftLength = double.IsFinite(v.ShiftHours) && Math.Abs(v.ShiftHours) < 1e6 ? TimeSpan.FromHours(v.ShiftHours) : TimeSpan.Zero,
                ColdChain = v.ColdChain,
                Co2KgPerKm = v.Co2KgPerKm,
            });
        }

        errors.ThrowIfAny();
        return b;
    }

    /// <summary>HH:mm, or HH:mm:ss when the time has seconds, so that no time is changed by a round trip.</summary>
    private static string FormatTime(TimeOnly t) =>
        t.ToString(t.Second == 0 && t.Millisecond == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);

    private static TimeOnly ParseTime(string text, string entity, string field, string fileName, ErrorList errors)
    {
        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return t;
        }

        errors.Add(new DataError("bad-time", "Expected a time of day as HH:mm, e.g. 08:30.", File: fileName, Entity: entity, Column: field, Value: text));
        return TimeOnly.MinValue;
    }

    private static WeeklyDemand ReadDemand(DemandDocument d, string entity, string fileName, ErrorList errors)
    {
        var arrays = new (string Name, double[]? Values)[]
        {
            ("consumerKg", d.ConsumerKg), ("consumerM3", d.ConsumerM3), ("inputsKg", d.InputsKg), ("inputsM3", d.InputsM3),
            ("parcelsKg", d.ParcelsKg), ("parcelsM3", d.ParcelsM3), ("produceKg", d.ProduceKg), ("produceM3", d.ProduceM3),
        };
        foreach (var (name, values) in arrays)
        {
            if (values is null || values.Length != 7)
            {
                errors.Add(new DataError("bad-demand", "Each demand array has 7 values, Monday first.", File: fileName, Entity: entity, Column: $"demand.{name}", Value: values?.Length.ToString(CultureInfo.InvariantCulture) ?? "null"));
                return WeeklyDemand.None;
            }
        }

        var days = new DailyDemand[7];
        for (var i = 0; i < 7; i++)
        {
            days[i] = new DailyDemand(
                new Quantity(d.ConsumerKg[i], d.ConsumerM3[i]),
                new Quantity(d.InputsKg[i], d.InputsM3[i]),
                new Quantity(d.ParcelsKg[i], d.ParcelsM3[i]),
                new Quantity(d.ProduceKg[i], d.ProduceM3[i]));
        }

        return new WeeklyDemand(days);
    }
}
