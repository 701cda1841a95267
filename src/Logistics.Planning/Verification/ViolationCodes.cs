namespace Logistics.Planning.Verification;

/// <summary>The stable codes of plan violations (used in reports, the CLI and tests).</summary>
public static class ViolationCodes
{
    /// <summary>The plan was made for another scenario (name or fingerprint differ).</summary>
    public const string ScenarioMismatch = "scenario-mismatch";

    /// <summary>A stop or home depot names a site the scenario does not have.</summary>
    public const string UnknownSite = "unknown-site";

    /// <summary>A line names a vehicle type the scenario does not have.</summary>
    public const string UnknownVehicleType = "unknown-vehicle-type";

    /// <summary>The line's home depot is not its vehicle type's home depot, or not the right tier for its kind.</summary>
    public const string WrongDepot = "wrong-depot";

    /// <summary>A site gets fewer visit days a week than it requires.</summary>
    public const string MissingVisits = "missing-visits";

    /// <summary>A site's visit days are not spread over the week (see <see cref="Lines.VisitSpread"/>).</summary>
    public const string UnevenVisits = "uneven-visits";

    /// <summary>A planned time differs from the recomputed one by more than the tolerance.</summary>
    public const string TimeMismatch = "time-mismatch";

    /// <summary>The service at a stop does not fit its opening hours.</summary>
    public const string OutsideOpeningHours = "outside-opening-hours";

    /// <summary>The load on board exceeds the capacity in kg.</summary>
    public const string OverCapacityKg = "over-capacity-kg";

    /// <summary>The load on board exceeds the capacity in m³.</summary>
    public const string OverCapacityM3 = "over-capacity-m3";

    /// <summary>The line takes longer than its driver's shift.</summary>
    public const string ShiftExceeded = "shift-exceeded";

    /// <summary>More vehicles of a type are on the road at once than the fleet has.</summary>
    public const string TooManyVehicles = "too-many-vehicles";

    /// <summary>A line names a vehicle number above its type's count.</summary>
    public const string VehicleOutOfRange = "vehicle-out-of-range";

    /// <summary>Two lines given to the same vehicle overlap in time on a day they both run.</summary>
    public const string VehicleOverlap = "vehicle-overlap";

    /// <summary>A feeder carries goods on a day no trunk line stops at its station.</summary>
    public const string TransferNoTrunk = "transfer-no-trunk";

    /// <summary>The trunk arrives at the station too late for the feeder's departure (down goods).</summary>
    public const string TransferDownLate = "transfer-down-late";

    /// <summary>The feeder returns to the station too late for the trunk's departure (produce going up).</summary>
    public const string TransferUpLate = "transfer-up-late";

    /// <summary>A locked or co-modal line of the previous plan differs in this plan.</summary>
    public const string LockedLineChanged = "locked-line-changed";

    /// <summary>A locked or co-modal line of the previous plan is missing from this plan.</summary>
    public const string LockedLineMissing = "locked-line-missing";

    /// <summary>
    /// Two stops (or the depot and a stop) are closer in time than the driving time allows: the check of a co-modal
    /// bus, whose own timetable may be slower than the travel times (passenger stops) but never faster.
    /// </summary>
    public const string ImpossibleTravel = "impossible-travel";

    /// <summary>A line leaves its home depot (the hub, or a feeder's township station) before the depot opens.</summary>
    public const string DepotClosed = "depot-closed";

    /// <summary>A trunk line calls at a site that is not a township station (a village outlet, village or candidate site).</summary>
    public const string TrunkAtVillage = "trunk-at-village";

    /// <summary>A site's demand (down or up) rides no line, or rides a feeder on a day no trunk calls at its station.</summary>
    public const string DemandNotCarried = "demand-not-carried";
}
