using System.Runtime.CompilerServices;
using Logistics.Planning.Network;
using Logistics.Planning.Verification;
using Logistics.Spatial.Travel;

namespace Logistics.Web.Travel;

/// <summary>
/// The travel times of the app, one source for the planner, the verifier, the KPIs, dispatch, coverage and the line
/// shapes: the road graph or OSRM server set in <c>Logistics:Travel</c> (<see cref="TravelSettings"/>), else the
/// straight line × each scenario's circuity at its average speed (<see cref="TravelTimesFactory"/>). Site-to-site
/// times are built once per parsed scenario (saved scenarios never change, and <see cref="Storage.ScenarioCatalog"/>
/// keeps one parsed object per id).
/// </summary>
public sealed class ScenarioTravel(TravelTimesFactory factory)
{
    private readonly ConditionalWeakTable<Scenario, Lazy<ITravelTimes>> _times = [];

    /// <summary>True when a road graph or OSRM server is configured.</summary>
    public bool FollowsRoads => factory.Roads is not null;

    /// <summary>Site-to-site travel times of a scenario (built once per scenario object).</summary>
    public ITravelTimes TimesFor(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return _times.GetValue(scenario, s => new Lazy<ITravelTimes>(() => factory.TravelTimesFor(s))).Value;
    }

    /// <summary>The point-to-point provider (paths for the line shapes): the roads when configured, else the scenario's straight line.</summary>
    public ITravelTimeProvider ProviderFor(Scenario scenario) => factory.ProviderFor(scenario);

    /// <summary>The road provider for coverage; null for the scenario's own straight line.</summary>
    public ITravelTimeProvider? Roads => factory.Roads;
}
