using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Logistics.Core.Errors;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Lines.Serialization;

/// <summary>
/// Reads and writes the stable plan JSON, format <c>logistics-plan/1</c>. Writing the same plan twice gives the same
/// bytes (UTF-8 without BOM, two-space indent, LF, Chinese unescaped, lines and stops in plan order). The plan names
/// its scenario and stores the scenario's fingerprint, so a plan is not checked against the wrong scenario.
/// </summary>
public static class LinePlanJson
{
    public const string Format = "logistics-plan/1";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // A field the format does not know (a typo, or per-day times a line cannot have) is an error, not ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Serialize(LinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Normalise(JsonSerializer.Serialize(ToDocument(plan), Options)) + "\n";
    }

    /// <summary>One line's JSON as the plan file holds it: the form compared for locked lines.</summary>
    public static string SerializeLine(Line line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Normalise(JsonSerializer.Serialize(ToDocument(line), Options));
    }

    public static void Write(LinePlan plan, string path) => File.WriteAllText(path, Serialize(plan), new UTF8Encoding(false));

    /// <summary>Reads a plan file; errors name the file and the line and field.</summary>
    public static LinePlan Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataValidationException([new DataError("unreadable-file", ex.Message, File: path)]);
        }

        return Deserialize(text, Path.GetFileName(path));
    }

    public static LinePlan Deserialize(string json, string fileName = "plan.json")
    {
        LinePlanDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<LinePlanDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new DataValidationException([new DataError(
                "bad-json", ex.Message, File: fileName, Row: ex.LineNumber is long l ? (int)l + 1 : null, Column: ex.Path)]);
        }

        if (doc is null)
        {
            throw new DataValidationException([new DataError("bad-json", "The file is empty or null.", File: fileName)]);
        }

        var errors = new List<DataError>();
        var builder = FromDocument(doc, errors);
        errors.AddRange(builder.Validate());
        if (errors.Count > 0)
        {
            throw new DataValidationException(errors.Select(e => e with { File = e.File ?? fileName }).ToList());
        }

        return builder.Build();
    }

    public static LinePlanDocument ToDocument(LinePlan plan) => new()
    {
        Format = Format,
        Scenario = new PlanScenarioDocument { Name = plan.ScenarioName, Sha256 = plan.ScenarioHash },
        Lines = plan.Lines.Select(ToDocument).ToList(),
    };

    public static LineDocument ToDocument(Line line) => new()
    {
        Id = line.Id,
        Name = line.Name.Length == 0 ? null : line.Name,
        Kind = LineKindNames.Code(line.Kind),
        VehicleType = line.VehicleType?.Value,
        Vehicle = line.Vehicle,
        HomeDepot = line.HomeDepot.Value,
        Days = line.ServiceDays.ToCode(),
        Depart = FormatTime(line.Departure),
        Return = FormatTime(line.Return),
        Locked = line.Locked,
        Hold = line.HoldCapacity is Quantity h ? new HoldDocument { Kg = h.Kg, M3 = h.M3 } : null,
        Stops = line.Stops.Select(s => new StopDocument
        {
            Site = s.Site.Value,
            Arrive = FormatTime(s.Arrival),
            Depart = FormatTime(s.Departure),
        }).ToList(),
    };

    /// <summary><c>HH:mm</c>, or <c>HH:mm:ss</c> when the seconds are not zero.</summary>
    public static string FormatTime(TimeOnly t) =>
        t.ToString(t.Second == 0 && t.Millisecond == 0 ? "HH\\:mm" : "HH\\:mm\\:ss", CultureInfo.InvariantCulture);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H\\:mm", "HH\\:mm", "H\\:mm\\:ss", "HH\\:mm\\:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static LinePlanBuilder FromDocument(LinePlanDocument doc, List<DataError> errors)
    {
        if (doc.Format != Format)
        {
            errors.Add(new DataError("bad-format", $"Expected format '{Format}'.", Entity: "plan", Column: "format", Value: doc.Format));
        }

        var builder = new LinePlanBuilder
        {
            ScenarioName = doc.Scenario?.Name ?? string.Empty,
            ScenarioHash = doc.Scenario?.Sha256 ?? string.Empty,
        };
        var lines = doc.Lines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            if (FromDocument(lines[i], i, errors) is Line line)
            {
                builder.AddLine(line);
            }
        }

        return builder;
    }

    private static Line? FromDocument(LineDocument d, int index, List<DataError> errors)
    {
        var entity = string.IsNullOrWhiteSpace(d.Id) ? $"line #{index + 1}" : $"line {d.Id}";
        var before = errors.Count;
        if (!LineKindNames.TryParse(d.Kind, out var kind))
        {
            errors.Add(new DataError("bad-value", "The kind must be trunk, feeder, direct or co-modal.", Entity: entity, Column: "kind", Value: d.Kind));
        }

        if (!ServiceDays.TryParse(d.Days, out var days))
        {
            errors.Add(new DataError("bad-value", "The days must be like 'tue,thu,sat' or '每周二、四、六'.", Entity: entity, Column: "days", Value: d.Days));
        }

        var depart = Time(d.Depart, entity, "depart", errors);
        var ret = Time(d.Return, entity, "return", errors);
        if (string.IsNullOrWhiteSpace(d.HomeDepot))
        {
            errors.Add(new DataError("missing-value", "A line needs a home depot.", Entity: entity, Column: "homeDepot"));
        }

        var stops = new List<LineStop>();
        var docs = d.Stops ?? [];
        for (var i = 0; i < docs.Count; i++)
        {
            var s = docs[i];
            var field = $"stops[{i}]";
            var arrive = Time(s.Arrive, entity, field + ".arrive", errors);
            var leave = Time(s.Depart, entity, field + ".depart", errors);
            if (string.IsNullOrWhiteSpace(s.Site))
            {
                errors.Add(new DataError("missing-value", "A stop needs a site.", Entity: entity, Column: field + ".site"));
            }
            else
            {
                stops.Add(new LineStop(new SiteId(s.Site), arrive, leave));
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Line
        {
            Id = d.Id ?? string.Empty,
            Name = d.Name ?? string.Empty,
            Kind = kind,
            VehicleType = string.IsNullOrWhiteSpace(d.VehicleType) ? null : new VehicleTypeId(d.VehicleType),
            Vehicle = d.Vehicle,
            HomeDepot = new SiteId(d.HomeDepot!),
            ServiceDays = days,
            Departure = depart,
            Return = ret,
            Locked = d.Locked,
            HoldCapacity = d.Hold is { } h ? new Quantity(h.Kg, h.M3) : null,
            Stops = stops,
        };
    }

    private static TimeOnly Time(string? text, string entity, string field, List<DataError> errors)
    {
        if (TryParseTime(text, out var t))
        {
            return t;
        }

        errors.Add(new DataError("bad-time", "A time must be HH:mm (or HH:mm:ss).", Entity: entity, Column: field, Value: text));
        return default;
    }

    private static string Normalise(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal);
}
