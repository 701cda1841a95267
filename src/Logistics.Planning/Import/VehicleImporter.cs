using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Import;

/// <summary>
/// Imports vehicle types from a CSV or XLSX file; see <see cref="VehicleColumns"/> for the columns. All or
/// nothing, like <see cref="SiteImporter"/>. The home depot is checked against <c>depots</c> when given (the
/// ids of the hub and the township stations); without it only its presence is checked.
/// </summary>
public static class VehicleImporter
{
    public static ImportResult<IReadOnlyList<VehicleType>> Read(string path, ImportOptions? options = null, IReadOnlySet<SiteId>? depots = null)
    {
        options ??= ImportOptions.Default;
        SheetTable table;
        try
        {
            table = SheetFiles.Read(path, options, allowGeoJson: false);
        }
        catch (DataValidationException ex)
        {
            return ImportResult<IReadOnlyList<VehicleType>>.Failure(ex.Errors);
        }

        return FromTable(table, depots, options.ExcludeBadRows);
    }

    /// <param name="excludeBadRows">Leave out a vehicle type without vehicles, with a warning (see <see cref="BadRows"/>).</param>
    public static ImportResult<IReadOnlyList<VehicleType>> FromTable(SheetTable table, IReadOnlySet<SiteId>? depots = null, bool excludeBadRows = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<DataError>(table.ReadProblems);
        var map = ColumnMap.Build(table, VehicleColumns.Resolve, VehicleColumns.Required, Describe, problems);
        var parsed = new List<(VehicleType Vehicle, SheetRow Row, string Entity, HashSet<string> Bad)>();
        foreach (var row in table.Rows)
        {
            var idText = map.Cell(row, VehicleColumns.Id);
            var entity = $"vehicle type {idText}";
            var bad = new HashSet<string>(StringComparer.Ordinal);

            void Error(string field, string code, string message)
            {
                bad.Add(field);
                problems.Add(new DataError(code, message, File: table.FileName, Row: row.Number, Column: map.Header(field), Value: map.Cell(row, field), Entity: idText.Length > 0 ? entity : null));
            }

            double Number(string field, double fallback, bool required = false)
            {
                var text = map.Cell(row, field);
                if (text.Length == 0)
                {
                    if (required && map.Has(field))
                    {
                        Error(field, "missing-value", "The value is required.");
                    }

                    return fallback;
                }

                if (CellParsers.TryNumber(text, out var v))
                {
                    return v;
                }

                Error(field, "not-a-number", "Expected a number (use a dot for decimals, e.g. 12.5).");
                return fallback;
            }

            if (idText.Length == 0 && map.Has(VehicleColumns.Id))
            {
                Error(VehicleColumns.Id, "missing-value", "The vehicle type id is empty; every row needs an id (编号).");
            }

            var depotText = map.Cell(row, VehicleColumns.HomeDepot);
            if (depotText.Length == 0 && map.Has(VehicleColumns.HomeDepot))
            {
                Error(VehicleColumns.HomeDepot, "missing-value", "The home depot is empty; give the id of the hub or a township station.");
            }
            else if (depotText.Length > 0 && depots is not null && !depots.Contains(new SiteId(depotText)))
            {
                Error(VehicleColumns.HomeDepot, "unknown-depot", "The home depot must be the id of the county hub or a township station.");
            }

            var capacityKg = Number(VehicleColumns.CapacityKg, 0, required: true);
            var capacityM3 = Number(VehicleColumns.CapacityM3, 0, required: true);
            var costPerKm = Number(VehicleColumns.CostPerKm, 0);
            var costPerHour = Number(VehicleColumns.CostPerHour, 0);
            var fixedCost = Number(VehicleColumns.FixedCostPerDay, 0);
            var speedFactor = Number(VehicleColumns.SpeedFactor, 1);
            var shiftHours = Number(VehicleColumns.ShiftHours, 8);
            var co2 = Number(VehicleColumns.Co2KgPerKm, 0);
            var count = 1;
            var countText = map.Cell(row, VehicleColumns.Count);
            if (countText.Length > 0 && !CellParsers.TryInteger(countText, out count))
            {
                Error(VehicleColumns.Count, "not-an-integer", "Expected a whole number of vehicles.");
                count = 1;
            }

            if (!CellParsers.TryBoolean(map.Cell(row, VehicleColumns.ColdChain), out var cold))
            {
                Error(VehicleColumns.ColdChain, "not-a-boolean", $"Expected yes or no ({CellParsers.AcceptedBooleans}).");
            }

            if (idText.Length == 0 || depotText.Length == 0)
            {
                continue;
            }

            var name = map.Has(VehicleColumns.Name) ? map.Cell(row, VehicleColumns.Name) : idText;
            var vehicle = new VehicleType
            {
                Id = new VehicleTypeId(idText),
                Name = name,
                CapacityKg = capacityKg,
                CapacityM3 = capacityM3,
                CostPerKm = costPerKm,
                CostPerHour = costPerHour,
                FixedCostPerDay = fixedCost,
                SpeedFactor = speedFactor,
                HomeDepot = new SiteId(depotText),
                Count = count,
                ShiftLength = Math.Abs(shiftHours) < 1e6 ? TimeSpan.FromHours(shiftHours) : TimeSpan.Zero,
                ColdChain = cold,
                Co2KgPerKm = co2,
            };
            parsed.Add((vehicle, row, entity, bad));
        }

        // The fleet rules of ScenarioValidator, per vehicle (exact row) and then for the whole list (duplicate ids).
        var perVehicle = new List<DataError>();
        foreach (var p in parsed)
        {
            foreach (var e in FleetRules([p.Vehicle]))
            {
                perVehicle.Add(e);
                Add(e, p, string.Empty);
            }
        }

        var remaining = perVehicle.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var byId = parsed.GroupBy(p => p.Vehicle.Id.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var duplicateSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in FleetRules(parsed.Select(p => p.Vehicle).ToList()))
        {
            if (remaining.TryGetValue(e, out var n) && n > 0)
            {
                remaining[e] = n - 1;
                continue;
            }

            var id = e.Entity!["vehicle type ".Length..];
            var rows = byId[id];
            var k = e.Code == "duplicate-id" ? duplicateSeen.GetValueOrDefault(id) + 1 : 0;
            duplicateSeen[id] = k;
            var first = rows[0].Row.Number is int r ? $" It is first used on row {r}." : string.Empty;
            Add(e, rows[Math.Min(k, rows.Count - 1)], e.Code == "duplicate-id" ? first : string.Empty);
        }

        void Add(DataError e, (VehicleType Vehicle, SheetRow Row, string Entity, HashSet<string> Bad) p, string suffix)
        {
            var field = VehicleColumns.Resolve(e.Column ?? string.Empty) ?? e.Column ?? string.Empty;
            if (p.Bad.Contains(field) || (VehicleColumns.Required.Contains(field) && !map.Has(field)))
            {
                return;
            }

            problems.Add(e with
            {
                File = table.FileName,
                Row = p.Row.Number,
                Column = map.Has(field) ? map.Header(field) : field,
                Value = map.Has(field) ? map.Cell(p.Row, field) : e.Value,
                Entity = p.Entity,
                Message = e.Message + suffix,
            });
        }

        var ordered = problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Row ?? 0).ThenBy(x => x.i).Select(x => x.p).ToList();
        if (excludeBadRows)
        {
            (ordered, var excluded) = RowExcluder.Exclude(
                ordered, _ => true, errors => errors.Any(BadRows.ExcludesVehicleType) && errors.All(e => e.Code != "duplicate-id"));
            parsed.RemoveAll(p => p.Row.Number is int n && excluded.Contains(n));
        }

        return ordered.Any(e => e.Severity == DataErrorSeverity.Error)
            ? ImportResult<IReadOnlyList<VehicleType>>.Failure(ordered)
            : ImportResult<IReadOnlyList<VehicleType>>.Success(parsed.Select(p => p.Vehicle).ToList(), ordered);
    }

    /// <summary>The accepted headers of a column, for messages.</summary>
    public static string Describe(string field)
    {
        var aliases = VehicleColumns.Aliases.FirstOrDefault(a => a.Canonical == field).Aliases ?? [];
        return aliases.Length == 0 ? field : $"also {string.Join(", ", aliases)}";
    }

    /// <summary>The vehicle rules of <see cref="ScenarioValidator"/>, without the depot rule (checked here against the sites given).</summary>
    private static IEnumerable<DataError> FleetRules(IReadOnlyList<VehicleType> vehicles)
    {
        var b = new ScenarioBuilder();
        foreach (var v in vehicles)
        {
            b.AddVehicleType(v);
        }

        return b.Validate().Where(e =>
            e.Entity is { } entity && entity.StartsWith("vehicle type ", StringComparison.Ordinal) && e.Code != "unknown-depot");
    }
}
