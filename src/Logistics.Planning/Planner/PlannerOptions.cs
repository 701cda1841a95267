using Logistics.Planning.Lines;
using Logistics.Routing.Solver;

namespace Logistics.Planning.Planner;

/// <summary>How the line planner works. The defaults suit a county of 10–30 stations and 100–300 outlets.</summary>
public sealed record PlannerOptions
{
    public static readonly PlannerOptions Default = new();

    /// <summary>
    /// Wall-clock budget. Each routing sub-problem stops at its iteration limit or when the budget is used up (then
    /// with its best routes so far, repaired to be feasible), and the daily-routes baseline is skipped when less than
    /// a fifth of the budget is left, so the plan is always complete; a tight budget gives a costlier plan, not a
    /// partial one.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Seed of every random choice: same scenario, same options, same seed → the same plan.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// A previous plan: its locked lines (and its co-modal bus lines, 客货邮) are kept byte for byte, the sites they
    /// serve often enough need no new line, and everything else is planned around them (re-plan mode). Null: design
    /// from scratch.
    /// </summary>
    public LinePlan? Previous { get; init; }

    /// <summary>
    /// The weekdays new lines may run. Default Monday–Saturday (the co-ops rest on Sunday); a site that needs a visit
    /// every day gets Sunday too.
    /// </summary>
    public ServiceDays WorkingDays { get; init; } = ServiceDays.FromMask(0x3F);

    /// <summary>
    /// An outlet is served by a direct line from the county hub, not by its station's feeder, when the hub is at most
    /// this many minutes away and nearer than its station. Zero turns direct lines off.
    /// </summary>
    public TimeSpan DirectReach { get; init; } = TimeSpan.FromMinutes(12);

    /// <summary>
    /// Visits a week for a site that has demand but no required visits (an urban community, 社区, or any other demand
    /// point): it is served like an outlet, as a stop of its township station's feeders (or of a direct line when the
    /// hub is near), so that its goods are carried and counted, never dropped. A county visits such points at least
    /// twice a week (the fewest visits its village outlets get); the planner raises the number while one visit's goods
    /// do not fit a vehicle. 0: such sites are not visited; each is listed as unserved (<see cref="UnplannedReasons.NotRequired"/>),
    /// as a planning what-if that closes outlets and drops their goods needs.
    /// </summary>
    public int DemandOnlyVisitsPerWeek { get; init; } = 2;

    /// <summary>
    /// How full a trunk call may be planned, by weight and volume, when a station's goods are cut into truckloads:
    /// 0.95 leaves 5 % for the daily swing of orders and for loading losses (boxes do not stack to the roof).
    /// </summary>
    public double TrunkFill { get; init; } = 0.95;

    /// <summary>
    /// Share of a station's own goods (down and up) planned on its morning call when it has an afternoon call too; the
    /// rest rides the afternoon call. 0.5: the plan's rule shares a site's goods equally among the lines calling that
    /// day (<see cref="Lines.DemandAssignment"/>), so each call carries half.
    /// </summary>
    public double MorningCallShare { get; init; } = 0.5;

    /// <summary>
    /// Step of the search for a station's latest feeder start (the morning trunk's deadline), from
    /// <see cref="LatestFeederStart"/> back to the station's opening: 15 minutes, a timetable's usual grain.
    /// </summary>
    public TimeSpan FeederStartStep { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The latest a station's feeders are planned to start (16:00): later, drivers would come back after dark in winter.</summary>
    public TimeOnly LatestFeederStart { get; init; } = new(16, 0);

    /// <summary>
    /// In a re-plan, the latest feeder start assumed at a station with no new feeders (12:00): locked morning calls
    /// arriving by then are counted as bringing the station's goods.
    /// </summary>
    public TimeOnly ReplanMorningLimit { get; init; } = new(12, 0);

    /// <summary>
    /// A station served by a single one-station morning trunk keeps that truck waiting until its feeders are back and
    /// sends the produce up on it, instead of a second (afternoon) round trip from the hub, when the wait is shorter
    /// than that round trip: in a large county (酉阳: 2½ h each way) the afternoon trip doubled the trucks and diesel.
    /// </summary>
    public bool HoldMorningCalls { get; init; } = true;

    /// <summary>Genetic iterations per routing sub-problem of a feeder group (more → better routes, slower).</summary>
    public int RoutingIterations { get; init; } = 400;

    /// <summary>Also plan independent daily routes (no fixed lines) to report the price of consistency.</summary>
    public bool ComputeBaseline { get; init; } = true;

    /// <summary>
    /// The routing engine every routing sub-problem goes to. Null: ours (<see cref="HgsEngine"/>). Another engine (e.g.
    /// OR-Tools, <c>Logistics.Routing.OrTools.OrToolsEngine</c>) gets the same problems, the same per-solve iteration
    /// limit (as its own notion of it) and the same shrinking budget.
    /// </summary>
    public IRoutingEngine? Engine { get; init; }

    /// <summary>Parallel workers (stations are designed independently). 0: the number of processors.</summary>
    public int Threads { get; init; }
}
