using System.Globalization;
using Logistics.Planning.Dispatch;
using Logistics.Planning.Network;

namespace Logistics.Web.Localization;

/// <summary>
/// Vehicles as users name them: <c>垫江县中心 4.2 米货车 3 号</c> / <c>4.2 米货车 no. 3 (垫江县中心)</c> instead of the
/// internal label <c>trunk-4.2m#3</c>, and in natural order (depot, type, then number 1, 2, … 10).
/// </summary>
public static class VehicleNames
{
    /// <summary>The vehicle's name; the label itself when it does not name a vehicle of the scenario.</summary>
    public static string Display(string label, Scenario scenario, bool english)
    {
        if (!TryFind(label, scenario, out var type, out var number))
        {
            return label;
        }

        var depot = Depot(type, scenario);
        var n = number.ToString(CultureInfo.InvariantCulture);
        var kind = TypeName(type, depot);
        return english ? $"{kind} no. {n} ({depot})" : $"{depot} {kind} {n} 号";
    }

    /// <summary>The vehicle's name within its depot (<c>面包车 1 号</c>): for lists grouped by depot.</summary>
    public static string WithinDepot(string label, Scenario scenario, bool english)
    {
        if (!TryFind(label, scenario, out var type, out var number))
        {
            return label;
        }

        var kind = TypeName(type, Depot(type, scenario));
        var n = number.ToString(CultureInfo.InvariantCulture);
        return english ? $"{kind} no. {n}" : $"{kind} {n} 号";
    }

    /// <summary>The type's name without the depot it may already name in brackets (面包车（沙场镇站） → 面包车).</summary>
    private static string TypeName(VehicleType type, string depot) =>
        type.Name.Replace($"（{depot}）", string.Empty, StringComparison.Ordinal).Replace($"({depot})", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>The name of the vehicle's home depot (the site's name; its id when the site is missing).</summary>
    public static string DepotOf(string label, Scenario scenario) =>
        TryFind(label, scenario, out var type, out _) ? Depot(type, scenario) : string.Empty;

    /// <summary>Labels in natural order: by depot name, vehicle type and number (2 before 10).</summary>
    public static IReadOnlyList<string> Order(IEnumerable<string> labels, Scenario scenario) =>
        labels.Select(l => (Label: l, Found: TryFind(l, scenario, out var t, out var n), Type: t, Number: n))
            .OrderBy(x => x.Found ? Depot(x.Type!, scenario) : x.Label, StringComparer.Ordinal)
            .ThenBy(x => x.Type?.Name ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(x => x.Number)
            .ThenBy(x => x.Label, StringComparer.Ordinal)
            .Select(x => x.Label)
            .ToList();

    private static string Depot(VehicleType type, Scenario scenario) =>
        scenario.TryGetSite(type.HomeDepot, out var site) ? site.Name : type.HomeDepot.Value;

    private static bool TryFind(string label, Scenario scenario, out VehicleType type, out int number)
    {
        type = null!;
        number = 0;
        if (!VehicleRef.TryParse(label, scenario, out var vehicle, out _))
        {
            return false;
        }

        var found = scenario.VehicleTypes.FirstOrDefault(v => v.Id == vehicle.Type);
        if (found is null)
        {
            return false;
        }

        (type, number) = (found, vehicle.Number);
        return true;
    }
}
