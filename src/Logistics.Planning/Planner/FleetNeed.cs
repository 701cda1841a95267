using Logistics.Core.Ids;

namespace Logistics.Planning.Planner;

/// <summary>
/// How many vehicles of one type the work needs against how many the county owns (需要 … 辆，现有 … 辆).
/// </summary>
/// <param name="Type">The vehicle type.</param>
/// <param name="Name">Its name.</param>
/// <param name="HomeDepot">Where it is based (the hub's trucks, a station's vans).</param>
/// <param name="Owned">Vehicles of the type the county has (<see cref="Network.VehicleType.Count"/>).</param>
/// <param name="Estimated">
/// Said before the trunks are routed: the busiest day's driving and service hours of the designed lines (trunk calls as
/// return trips from the hub, one per truckload) over the shift, rounded up.
/// </param>
/// <param name="Needed">
/// After planning: the vehicles the plan uses, plus those the lines left out for want of a vehicle would need (each
/// placed on extra vehicles of the type). Above <paramref name="Owned"/>, the lines on the extra vehicles are not in the
/// plan and their sites are listed as unserved.
/// </param>
public sealed record FleetNeed(VehicleTypeId Type, string Name, SiteId HomeDepot, int Owned, int Estimated, int Needed)
{
    /// <summary>Whether the owned vehicles do the work.</summary>
    public bool Enough => Needed <= Owned;

    /// <summary><c>4.2米厢式货车：需要 31 辆，现有 20 辆 / trunk-4.2m: 31 needed, 20 owned (estimate before routing 28)</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Name}：需要 {Needed} 辆，现有 {Owned} 辆（排线前估算 {Estimated} 辆） / {Type.Value}: {Needed} needed, {Owned} owned (estimate before routing {Estimated})");
}
