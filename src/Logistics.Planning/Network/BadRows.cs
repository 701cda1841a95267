using Logistics.Core.Errors;

namespace Logistics.Planning.Network;

/// <summary>
/// The rule of "one bad row does not block a county": which rows an import may leave out, with a warning, instead of
/// refusing the whole scenario. A row may go when its errors are its own and nothing else depends on it:
/// <list type="bullet">
/// <item>a village outlet, village or candidate site with any error of its own (coordinates outside China or far from
/// its township station, negative demand, bad opening hours, …), except a duplicate id (which of the two is wrong
/// is for the county to say);</item>
/// <item>a vehicle type without vehicles (count below 1).</item>
/// </list>
/// The hub and the township stations are never left out: lines, villages and vehicles hang on them. Each excluded
/// row keeps its error as a warning whose message says it was left out, so it is listed with file, row and reason.
/// </summary>
public static class BadRows
{
    /// <summary>How the message of an excluded row's warning starts.</summary>
    public const string ExcludedPrefix = "已排除此行，其余照常规划 / row excluded, the rest is planned: ";

    /// <summary>Whether a site of this tier may be left out of the scenario.</summary>
    public static bool MayExclude(SiteTier tier) => tier is SiteTier.VillageOutlet or SiteTier.Village or SiteTier.CandidateSite;

    /// <summary>Whether this error of a site may exclude it (every error but a duplicate id).</summary>
    public static bool ExcludesSite(DataError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Severity == DataErrorSeverity.Error && error.Code != "duplicate-id";
    }

    /// <summary>Whether this error of a vehicle type excludes it (no vehicles of the type).</summary>
    public static bool ExcludesVehicleType(DataError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Severity == DataErrorSeverity.Error && error.Code == "bad-count";
    }

    /// <summary>The error of an excluded row as a warning that says so (same code, file, row, column and value).</summary>
    public static DataError AsExcluded(DataError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error with
        {
            Severity = DataErrorSeverity.Warning,
            Message = ExcludedPrefix + error.Message,
        };
    }
}
