namespace Logistics.Web;

/// <summary>Settings of the web app (configuration section <c>Logistics</c>; <c>--data DIR</c> sets <see cref="DataFolder"/>).</summary>
public sealed class LogisticsWebOptions
{
    public const string Section = "Logistics";

    /// <summary>Folder of the SQLite file; relative paths are taken from the content root. Created on first run.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Plan jobs that may wait in the queue; one more request is refused with 429.</summary>
    public int JobQueueCapacity { get; set; } = 4;

    /// <summary>Default time limit of a plan job, seconds.</summary>
    public double PlanTimeLimitSeconds { get; set; } = 20;

    /// <summary>Longest time limit a request may ask for, seconds.</summary>
    public double MaxPlanTimeLimitSeconds { get; set; } = 600;

    /// <summary>How plan jobs call the line planner (routing iterations, the daily-routes baseline, threads).</summary>
    public Jobs.PlannerSettings Planner { get; set; } = new();

    /// <summary>Where travel times come from (section <c>Logistics:Travel</c>): a road graph file, an OSRM server, or neither (straight line).</summary>
    public Planning.Verification.TravelSettings Travel { get; set; } = new();

    /// <summary>The optional base-map tile layer; without one the map shows only our own vector layers (works offline).</summary>
    public TileLayerOptions Tiles { get; set; } = new();
}
