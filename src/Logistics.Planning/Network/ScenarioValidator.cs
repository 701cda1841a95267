using System.Globalization;
using Logistics.Core.Errors;
using Logistics.Spatial.Geodesy;

namespace Logistics.Planning.Network;

/// <summary>
/// The rules a scenario must satisfy. Errors carry <see cref="DataError.Entity"/> (e.g. <c>site V0012</c>) and
/// the field in <see cref="DataError.Column"/> using the field names of the file formats (<c>lon</c>,
/// <c>demand_mon_consumer_kg</c>, …), so that importers can point at the file row and column.
/// </summary>
public static class ScenarioValidator
{
    public static IReadOnlyList<DataError> Validate(ScenarioBuilder b)
    {
        var errors = new List<DataError>();
        if (string.IsNullOrWhiteSpace(b.Name))
        {
            errors.Add(new DataError("missing-value", "The scenario needs a name.", Entity: "scenario", Column: "name"));
        }

        ValidateParameters(b.Parameters, errors);
        ValidateSites(b, errors);
        ValidateVehicleTypes(b, errors);
        return errors;
    }

    /// <summary>Checks a list of sites on its own (no hub or fleet rules): what an import of a sites file needs.</summary>
    public static IReadOnlyList<DataError> ValidateSites(IReadOnlyList<Site> sites, ScenarioParameters parameters)
    {
        var errors = new List<DataError>();
        ValidateSiteList(sites, parameters, errors);
        return errors;
    }

    /// <summary>Checks vehicle types on their own against the ids of the depots (hub and stations) they may use.</summary>
    public static IReadOnlyList<DataError> ValidateVehicleTypes(IReadOnlyList<VehicleType> vehicleTypes, IReadOnlySet<Core.Ids.SiteId> depots)
    {
        var errors = new List<DataError>();
        ValidateVehicleTypeList(vehicleTypes, depots, errors);
        return errors;
    }

    private static void ValidateParameters(ScenarioParameters p, List<DataError> errors)
    {
        void Bad(string field, string message, double value) => errors.Add(new DataError(
            "bad-parameter", message, Entity: "parameters", Column: field, Value: F(value)));

        if (!(p.CircuityFactor >= 1.0 && p.CircuityFactor <= 3.0))
        {
            Bad("circuityFactor", "The circuity factor must be between 1.0 and 3.0 (hills: 1.3–1.8).", p.CircuityFactor);
        }

        if (!(p.AverageSpeedKmh > 0 && p.AverageSpeedKmh <= 120))
        {
            Bad("averageSpeedKmh", "The average speed must be above 0 and at most 120 km/h.", p.AverageSpeedKmh);
        }

        if (p.ServiceTimeOutlet < TimeSpan.Zero)
        {
            Bad("serviceTimeOutlet", "The service time must not be negative.", p.ServiceTimeOutlet.TotalMinutes);
        }

        if (p.ServiceTimeStation < TimeSpan.Zero)
        {
            Bad("serviceTimeStation", "The service time must not be negative.", p.ServiceTimeStation.TotalMinutes);
        }

        if (p.TransferHandlingTime < TimeSpan.Zero)
        {
            Bad("transferHandlingTime", "The handling time must not be negative.", p.TransferHandlingTime.TotalMinutes);
        }

        if (!(p.MaxVillageToTownshipKm > 0))
        {
            Bad("maxVillageToTownshipKm", "The distance limit must be positive.", p.MaxVillageToTownshipKm);
        }
    }

    private static void ValidateSites(ScenarioBuilder b, List<DataError> errors)
    {
        ValidateSiteList(b.Sites, b.Parameters, errors);
        var hubs = b.Sites.Where(s => s.Tier == SiteTier.CountyHub).ToList();
        if (hubs.Count == 0)
        {
            errors.Add(new DataError("no-hub", "The scenario needs one county hub (县域集采集配中心).", Entity: "scenario", Column: "tier"));
        }
        else if (hubs.Count > 1)
        {
            foreach (var h in hubs.Skip(1))
            {
                errors.Add(new DataError(
                    "second-hub",
                    $"A scenario has one county hub; '{hubs[0].Id}' is already the hub.",
                    Entity: $"site {h.Id}",
                    Column: "tier",
                    Value: SiteTierNames.Code(h.Tier)));
            }
        }
    }

    private static void ValidateSiteList(IReadOnlyList<Site> sites, ScenarioParameters parameters, List<DataError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sites)
        {
            var entity = $"site {s.Id}";
            if (!seen.Add(s.Id.Value))
            {
                errors.Add(new DataError("duplicate-id", $"The id '{s.Id}' is used by more than one site.", Entity: entity, Column: "id", Value: s.Id.Value));
            }

            if (string.IsNullOrWhiteSpace(s.Name))
            {
                errors.Add(new DataError("missing-value", "The site needs a name.", Entity: entity, Column: "name"));
            }

            if (!Enum.IsDefined(s.Tier))
            {
                errors.Add(new DataError("unknown-tier", $"Unknown tier; use one of {SiteTierNames.Accepted}.", Entity: entity, Column: "tier", Value: s.Tier.ToString()));
            }

            if (!s.Location.IsValidWgs84)
            {
                errors.Add(new DataError("bad-coordinate", "Longitude must be in −180…180 and latitude in −90…90.", Entity: entity, Column: "lon", Value: s.Location.ToString()));
            }
            else if (!ChinaExtent.Contains(s.Location))
            {
                errors.Add(new DataError(
                    "outside-china",
                    $"The point lies outside China (lon {ChinaExtent.MinLon}–{ChinaExtent.MaxLon}, lat {ChinaExtent.MinLat}–{ChinaExtent.MaxLat}); are longitude and latitude swapped?",
                    Entity: entity,
                    Column: "lon",
                    Value: s.Location.ToString()));
            }

            if (s.TownshipCode.Length > 0 && !IsDigits(s.TownshipCode, 9))
            {
                errors.Add(new DataError("bad-township-code", "A township code has 9 digits (NBS 乡镇代码), e.g. 500231101.", Entity: entity, Column: "township_code", Value: s.TownshipCode));
            }

            if (!s.OpeningHours.IsValid)
            {
                errors.Add(new DataError("bad-opening-hours", "Opening hours must close after they open.", Entity: entity, Column: "open", Value: s.OpeningHours.ToString()));
            }

            if (s.RequiredVisitsPerWeek is < 0 or > 7)
            {
                errors.Add(new DataError("bad-visits", "Required visits per week must be 0–7.", Entity: entity, Column: "visits_per_week", Value: s.RequiredVisitsPerWeek.ToString(CultureInfo.InvariantCulture)));
            }

            if (s.Population < 0)
            {
                errors.Add(new DataError("negative-value", "Population must not be negative.", Entity: entity, Column: "population", Value: s.Population.ToString(CultureInfo.InvariantCulture)));
            }

            if (s.Households < 0)
            {
                errors.Add(new DataError("negative-value", "Households must not be negative.", Entity: entity, Column: "households", Value: s.Households.ToString(CultureInfo.InvariantCulture)));
            }

            ValidateDemand(s, entity, errors);
        }

        ValidateVillageDistances(sites, parameters, errors);
    }

    private static void ValidateDemand(Site s, string entity, List<DataError> errors)
    {
        for (var d = 0; d < 7; d++)
        {
            var day = Weekdays.Code(Weekdays.FromIndex(d));
            foreach (var goods in Enum.GetValues<GoodsClass>())
            {
                var q = s.Demand.Days[d].Get(goods);
                var g = DemandColumns.GoodsCode(goods);
                if (!double.IsFinite(q.Kg) || q.Kg < 0)
                {
                    errors.Add(new DataError("negative-demand", "Demand must be a non-negative number.", Entity: entity, Column: DemandColumns.Name(day, g, "kg"), Value: F(q.Kg)));
                }

                if (!double.IsFinite(q.M3) || q.M3 < 0)
                {
                    errors.Add(new DataError("negative-demand", "Demand must be a non-negative number.", Entity: entity, Column: DemandColumns.Name(day, g, "m3"), Value: F(q.M3)));
                }
            }
        }
    }

    private static void ValidateVillageDistances(IReadOnlyList<Site> sites, ScenarioParameters parameters, List<DataError> errors)
    {
        var stations = sites
            .Where(s => s.Tier == SiteTier.TownshipStation && s.TownshipCode.Length > 0 && s.Location.IsValidWgs84)
            .GroupBy(s => s.TownshipCode)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var s in sites)
        {
            if (s.Tier is SiteTier.CountyHub or SiteTier.TownshipStation || !s.Location.IsValidWgs84)
            {
                continue;
            }

            if (s.TownshipCode.Length == 0 || !stations.TryGetValue(s.TownshipCode, out var station))
            {
                continue;
            }

            var km = GreatCircle.DistanceKm(s.Location, station.Location);
            if (km > parameters.MaxVillageToTownshipKm)
            {
                errors.Add(new DataError(
                    "far-from-township",
                    string.Create(CultureInfo.InvariantCulture, $"The site is {km:F1} km from its township station '{station.Name}' ({station.Id}); the limit is {parameters.MaxVillageToTownshipKm:F0} km. Check the coordinates, the township code, or the coordinate system."),
                    Entity: $"site {s.Id}",
                    Column: "lon",
                    Value: s.Location.ToString()));
            }
        }
    }

    private static void ValidateVehicleTypes(ScenarioBuilder b, List<DataError> errors)
    {
        var depots = b.Sites
            .Where(s => s.Tier is SiteTier.CountyHub or SiteTier.TownshipStation)
            .Select(s => s.Id)
            .ToHashSet();
        ValidateVehicleTypeList(b.VehicleTypes, depots, errors);
    }

    private static void ValidateVehicleTypeList(IReadOnlyList<VehicleType> vehicleTypes, IReadOnlySet<Core.Ids.SiteId> depots, List<DataError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in vehicleTypes)
        {
            var entity = $"vehicle type {v.Id}";
            void Bad(string code, string field, string message, string value) =>
                errors.Add(new DataError(code, message, Entity: entity, Column: field, Value: value));

            if (!seen.Add(v.Id.Value))
            {
                Bad("duplicate-id", "id", $"The id '{v.Id}' is used by more than one vehicle type.", v.Id.Value);
            }

            if (string.IsNullOrWhiteSpace(v.Name))
            {
                Bad("missing-value", "name", "The vehicle type needs a name.", string.Empty);
            }

            if (!(v.CapacityKg > 0) || !double.IsFinite(v.CapacityKg))
            {
                Bad("bad-capacity", "capacityKg", "Capacity in kg must be a positive number.", F(v.CapacityKg));
            }

            if (!(v.CapacityM3 > 0) || !double.IsFinite(v.CapacityM3))
            {
                Bad("bad-capacity", "capacityM3", "Capacity in m³ must be a positive number.", F(v.CapacityM3));
            }

            if (!(v.CostPerKm >= 0))
            {
                Bad("negative-value", "costPerKm", "Cost per km must not be negative.", F(v.CostPerKm));
            }

            if (!(v.CostPerHour >= 0))
            {
                Bad("negative-value", "costPerHour", "Cost per hour must not be negative.", F(v.CostPerHour));
            }

            if (!(v.FixedCostPerDay >= 0))
            {
                Bad("negative-value", "fixedCostPerDay", "Fixed cost per day must not be negative.", F(v.FixedCostPerDay));
            }

            if (!(v.SpeedFactor > 0 && v.SpeedFactor <= 5))
            {
                Bad("bad-speed-factor", "speedFactor", "The speed factor must be above 0 and at most 5.", F(v.SpeedFactor));
            }

            if (v.Count < 1)
            {
                Bad("bad-count", "count", "A vehicle type needs at least one vehicle.", v.Count.ToString(CultureInfo.InvariantCulture));
            }

            if (v.ShiftLength <= TimeSpan.Zero || v.ShiftLength > TimeSpan.FromHours(24))
            {
                Bad("bad-shift", "shiftLength", "The shift must be longer than zero and at most 24 hours.", v.ShiftLength.ToString());
            }

            if (!(v.Co2KgPerKm >= 0))
            {
                Bad("negative-value", "co2KgPerKm", "The CO₂ factor must not be negative.", F(v.Co2KgPerKm));
            }

            if (!depots.Contains(v.HomeDepot))
            {
                Bad("unknown-depot", "homeDepot", "The home depot must be the id of the county hub or a township station.", v.HomeDepot.Value);
            }
        }
    }

    private static bool IsDigits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
