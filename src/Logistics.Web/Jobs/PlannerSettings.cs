namespace Logistics.Web.Jobs;

/// <summary>
/// How the app's plan jobs call the line planner (configuration section <c>Logistics:Planner</c>); the time limit and
/// seed come with each job. Defaults are the planner's own (<see cref="Planning.Planner.PlannerOptions.Default"/>).
/// </summary>
public sealed class PlannerSettings
{
    /// <summary>Genetic iterations per routing sub-problem (more → better routes, slower).</summary>
    public int RoutingIterations { get; set; } = Planning.Planner.PlannerOptions.Default.RoutingIterations;

    /// <summary>Also plan independent daily routes to report the price of consistency (fixed lines against daily routes).</summary>
    public bool ComputeBaseline { get; set; } = true;

    /// <summary>The routing engine preselected on the Lines page: <c>hgs</c> (ours) or <c>ortools</c>.</summary>
    public string Engine { get; set; } = PlanEngines.Hgs;

    /// <summary>Parallel workers; 0 = the number of processors.</summary>
    public int Threads { get; set; }
}
