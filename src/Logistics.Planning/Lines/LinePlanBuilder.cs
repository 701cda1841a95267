using System.Globalization;
using Logistics.Core.Errors;
using Logistics.Planning.Network;

namespace Logistics.Planning.Lines;

/// <summary>
/// The mutable way into a <see cref="LinePlan"/>. <see cref="Build"/> checks the structure of every line and
/// reports every problem at once, each naming the line and the field (as the plan JSON spells it). Feasibility
/// against the scenario (capacity, visits, travel times, transfers) is not checked here but by the verifier.
/// </summary>
public sealed class LinePlanBuilder
{
    private readonly List<Line> _lines = [];

    public string ScenarioName { get; set; } = string.Empty;

    public string ScenarioHash { get; set; } = string.Empty;

    public IReadOnlyList<Line> Lines => _lines;

    /// <summary>A builder for a plan of <paramref name="scenario"/>: takes its name and fingerprint.</summary>
    public static LinePlanBuilder For(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new LinePlanBuilder { ScenarioName = scenario.Name, ScenarioHash = ScenarioFingerprint.Of(scenario) };
    }

    public static LinePlanBuilder From(LinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var b = new LinePlanBuilder { ScenarioName = plan.ScenarioName, ScenarioHash = plan.ScenarioHash };
        b._lines.AddRange(plan.Lines);
        return b;
    }

    public LinePlanBuilder AddLine(Line line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _lines.Add(line);
        return this;
    }

    /// <summary>Replaces the line with the same id (keeping its place), or adds it at the end.</summary>
    public LinePlanBuilder SetLine(Line line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var i = _lines.FindIndex(l => l.Id == line.Id);
        if (i >= 0)
        {
            _lines[i] = line;
        }
        else
        {
            _lines.Add(line);
        }

        return this;
    }

    public bool RemoveLine(string id) => _lines.RemoveAll(l => l.Id == id) > 0;

    /// <summary>Every structural problem of the plan; empty when <see cref="Build"/> will succeed.</summary>
    public IReadOnlyList<DataError> Validate()
    {
        var errors = new List<DataError>();
        if (string.IsNullOrWhiteSpace(ScenarioName))
        {
            errors.Add(new DataError("missing-value", "The plan must name its scenario.", Entity: "plan", Column: "scenario.name"));
        }

        if (!ScenarioHash.StartsWith(ScenarioFingerprint.Prefix, StringComparison.Ordinal) || ScenarioHash.Length != ScenarioFingerprint.Prefix.Length + 64)
        {
            errors.Add(new DataError("bad-value", "The scenario fingerprint must be 'sha256:' and 64 hex digits.", Entity: "plan", Column: "scenario.sha256", Value: ScenarioHash));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < _lines.Count; index++)
        {
            var line = _lines[index];
            var entity = string.IsNullOrWhiteSpace(line.Id) ? $"line #{index + 1}" : $"line {line.Id}";
            if (string.IsNullOrWhiteSpace(line.Id))
            {
                errors.Add(new DataError("missing-value", "A line needs an id.", Entity: entity, Column: "id"));
            }
            else if (line.Id != line.Id.Trim())
            {
                errors.Add(new DataError("bad-value", "A line id must not start or end with spaces.", Entity: entity, Column: "id", Value: line.Id));
            }
            else if (!seen.Add(line.Id))
            {
                errors.Add(new DataError("duplicate-id", "Two lines have the same id.", Entity: entity, Column: "id", Value: line.Id));
            }

            ValidateLine(line, entity, errors);
        }

        return errors;
    }

    /// <summary>Builds the plan, or throws <see cref="DataValidationException"/> with every problem.</summary>
    public LinePlan Build()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new DataValidationException(errors);
        }

        var lines = _lines.Select(l => l with { Stops = l.Stops.ToArray() }).ToArray();
        return new LinePlan(ScenarioName.Trim(), ScenarioHash, lines);
    }

    private static void ValidateLine(Line line, string entity, List<DataError> errors)
    {
        if (!Enum.IsDefined(line.Kind))
        {
            errors.Add(new DataError("bad-value", "Unknown line kind.", Entity: entity, Column: "kind", Value: line.Kind.ToString()));
        }

        if (line.ServiceDays.IsEmpty)
        {
            errors.Add(new DataError("missing-value", "A line needs at least one service day.", Entity: entity, Column: "days"));
        }

        if (line.Kind == LineKind.CoModal)
        {
            if (line.HoldCapacity is not Quantity hold)
            {
                errors.Add(new DataError("missing-value", "A co-modal (客货邮) line needs the hold capacity of its bus.", Entity: entity, Column: "hold"));
            }
            else if (!(hold.Kg > 0) || !(hold.M3 > 0) || !double.IsFinite(hold.Kg) || !double.IsFinite(hold.M3))
            {
                errors.Add(new DataError("bad-value", "The hold capacity must be positive kg and m³.", Entity: entity, Column: "hold", Value: string.Create(CultureInfo.InvariantCulture, $"{hold.Kg} kg, {hold.M3} m3")));
            }
        }
        else
        {
            if (line.VehicleType is null)
            {
                errors.Add(new DataError("missing-value", "A line needs a vehicle type (only a co-modal bus runs without one).", Entity: entity, Column: "vehicleType"));
            }

            if (line.Vehicle is int n && n < 1)
            {
                errors.Add(new DataError("bad-value", "The vehicle number counts from 1.", Entity: entity, Column: "vehicle", Value: n.ToString(CultureInfo.InvariantCulture)));
            }

            if (line.HoldCapacity is not null)
            {
                errors.Add(new DataError("bad-value", "Only a co-modal line has a hold capacity; the others use their vehicle type's.", Entity: entity, Column: "hold"));
            }
        }

        if (line.Stops is null || line.Stops.Count == 0)
        {
            errors.Add(new DataError("missing-value", "A line needs at least one stop.", Entity: entity, Column: "stops"));
            return;
        }

        var previous = line.Departure;
        var previousField = "depart";
        var sites = new HashSet<Core.Ids.SiteId>();
        for (var i = 0; i < line.Stops.Count; i++)
        {
            var stop = line.Stops[i];
            var field = $"stops[{i}]";
            if (stop.Site == default || stop.Site.Value is null)
            {
                errors.Add(new DataError("missing-value", "A stop needs a site.", Entity: entity, Column: field + ".site"));
                continue;
            }

            if (stop.Site == line.HomeDepot)
            {
                errors.Add(new DataError("bad-value", "The home depot is where the line starts and ends, not one of its stops.", Entity: entity, Column: field + ".site", Value: stop.Site.Value));
            }

            if (!sites.Add(stop.Site))
            {
                errors.Add(new DataError("duplicate-id", "A line visits a site at most once.", Entity: entity, Column: field + ".site", Value: stop.Site.Value));
            }

            if (stop.Arrival < previous)
            {
                errors.Add(new DataError("bad-time", $"The arrival is before the {previousField} time {previous:HH\\:mm} (a line runs within one day).", Entity: entity, Column: field + ".arrive", Value: stop.Arrival.ToString("HH\\:mm", CultureInfo.InvariantCulture)));
            }

            if (stop.Departure < stop.Arrival)
            {
                errors.Add(new DataError("bad-time", "The departure is before the arrival.", Entity: entity, Column: field + ".depart", Value: stop.Departure.ToString("HH\\:mm", CultureInfo.InvariantCulture)));
            }

            previous = stop.Departure;
            previousField = field + ".depart";
        }

        if (line.Return < previous)
        {
            errors.Add(new DataError("bad-time", $"The return to the depot is before the {previousField} time {previous:HH\\:mm}.", Entity: entity, Column: "return", Value: line.Return.ToString("HH\\:mm", CultureInfo.InvariantCulture)));
        }
    }
}
