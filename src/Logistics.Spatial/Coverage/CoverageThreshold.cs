using System.Globalization;
using Logistics.Core.Units;

namespace Logistics.Spatial.Coverage;

/// <summary>
/// A coverage threshold: a demand point is covered when its nearest facility is within this straight-line distance
/// (whole metres) or estimated driving time (whole seconds). Text forms: <c>3km</c>, <c>500m</c>, <c>15min</c>,
/// <c>1h</c>, <c>90s</c> (also with a space, a decimal point, and Chinese units 公里/米/分钟/小时/秒).
/// </summary>
public readonly record struct CoverageThreshold
{
    private static readonly (string Suffix, CoverageThresholdKind Kind, double Factor)[] Units =
    [
        ("km", CoverageThresholdKind.Distance, 1000), ("公里", CoverageThresholdKind.Distance, 1000),
        ("千米", CoverageThresholdKind.Distance, 1000), ("m", CoverageThresholdKind.Distance, 1), ("米", CoverageThresholdKind.Distance, 1),
        ("min", CoverageThresholdKind.TravelTime, 60), ("分钟", CoverageThresholdKind.TravelTime, 60),
        ("h", CoverageThresholdKind.TravelTime, 3600), ("小时", CoverageThresholdKind.TravelTime, 3600),
        ("s", CoverageThresholdKind.TravelTime, 1), ("秒", CoverageThresholdKind.TravelTime, 1),
    ];

    private CoverageThreshold(CoverageThresholdKind kind, long value)
    {
        Kind = kind;
        Value = value;
    }

    public CoverageThresholdKind Kind { get; }

    /// <summary>Metres for a distance, seconds for a travel time.</summary>
    public long Value { get; }

    public static CoverageThreshold Within(Metres distance) => distance.Value >= 0
        ? new(CoverageThresholdKind.Distance, distance.Value)
        : throw new ArgumentOutOfRangeException(nameof(distance), distance, "a threshold must not be negative");

    public static CoverageThreshold Within(Seconds time) => time.Value >= 0
        ? new(CoverageThresholdKind.TravelTime, time.Value)
        : throw new ArgumentOutOfRangeException(nameof(time), time, "a threshold must not be negative");

    /// <summary>The distance limit; only for <see cref="CoverageThresholdKind.Distance"/>.</summary>
    public Metres Distance => Kind == CoverageThresholdKind.Distance
        ? new Metres(Value)
        : throw new InvalidOperationException($"{this} is a travel-time threshold");

    /// <summary>The time limit; only for <see cref="CoverageThresholdKind.TravelTime"/>.</summary>
    public Seconds Time => Kind == CoverageThresholdKind.TravelTime
        ? new Seconds(Value)
        : throw new InvalidOperationException($"{this} is a distance threshold");

    /// <summary>Whether a demand point at <paramref name="distance"/> and <paramref name="time"/> from its facility is covered.</summary>
    public bool Covers(Metres distance, Seconds time) =>
        Kind == CoverageThresholdKind.Distance ? distance.Value <= Value : time.Value <= Value;

    public static CoverageThreshold Parse(string text) => TryParse(text, out var t, out var error)
        ? t
        : throw new FormatException(error);

    /// <summary>Parses <c>3km</c>, <c>15min</c>, …; on failure <paramref name="error"/> says why (Chinese and English).</summary>
    public static bool TryParse(string? text, out CoverageThreshold threshold, out string error)
    {
        threshold = default;
        var s = (text ?? string.Empty).Trim();
        foreach (var (suffix, kind, factor) in Units)
        {
            if (!s.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var number = s[..^suffix.Length].Trim();
            if (number.Length == 0 || !char.IsAsciiDigit(number[^1]))
            {
                continue; // e.g. "15min" must not be read as "15mi" + "n"; "km" tried before "m" for the same reason.
            }

            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value) || value < 0 || value * factor > int.MaxValue)
            {
                error = $"阈值无效 / invalid threshold '{text}': the number must be between 0 and {int.MaxValue / factor:0}";
                return false;
            }

            threshold = new CoverageThreshold(kind, (long)Math.Round(value * factor, MidpointRounding.AwayFromZero));
            error = string.Empty;
            return true;
        }

        error = $"阈值无效 / invalid threshold '{text}': use a distance (3km, 500m) or a driving time (15min, 1h)";
        return false;
    }

    /// <summary><c>3 km</c>, <c>500 m</c>, <c>15 min</c>, <c>90 s</c>.</summary>
    public override string ToString() => Kind switch
    {
        CoverageThresholdKind.Distance when Value % 100 == 0 && Value >= 1000 =>
            string.Create(CultureInfo.InvariantCulture, $"{Value / 1000.0:0.#} km"),
        CoverageThresholdKind.Distance => string.Create(CultureInfo.InvariantCulture, $"{Value} m"),
        _ when Value % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{Value / 60} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Value} s"),
    };
}
