using System.Globalization;
using Logistics.Core.Ids;
using Logistics.Planning.Network;

namespace Logistics.Planning.Dispatch;

/// <summary>One vehicle of the fleet: its type and its number within the type (1-based), written <c>type#n</c>.</summary>
public readonly record struct VehicleRef(VehicleTypeId Type, int Number)
{
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Type.Value}#{Number}");

    /// <summary>
    /// Reads <c>type#n</c>, or a bare type id when the type has a single vehicle. The error names what is wrong
    /// (unknown type, number out of the fleet, a type of several vehicles without a number).
    /// </summary>
    public static bool TryParse(string? text, Scenario scenario, out VehicleRef vehicle, out string error)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        vehicle = default;
        var t = text?.Trim() ?? string.Empty;
        var hash = t.LastIndexOf('#');
        var typeText = hash >= 0 ? t[..hash] : t;
        var type = scenario.VehicleTypes.FirstOrDefault(v => v.Id.Value == typeText);
        if (type is null)
        {
            error = $"情景中没有车型 '{typeText}' / the scenario has no vehicle type '{typeText}' (write type#n, e.g. van-S1#1)";
            return false;
        }

        int number;
        if (hash < 0)
        {
            if (type.Count != 1)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"车型 {type.Id.Value} 有 {type.Count} 辆，请写 {type.Id.Value}#1…#{type.Count} / vehicle type {type.Id.Value} has {type.Count} vehicles: write {type.Id.Value}#1…#{type.Count}");
                return false;
            }

            number = 1;
        }
        else if (!int.TryParse(t[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > type.Count)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"车辆编号 '{t[(hash + 1)..]}' 不在 1…{type.Count} 之内 / vehicle number '{t[(hash + 1)..]}' is not within 1…{type.Count} for {type.Id.Value}");
            return false;
        }

        vehicle = new VehicleRef(type.Id, number);
        error = string.Empty;
        return true;
    }

    public override string ToString() => Label;
}
