using System.Text.Json;
using Logistics.Planning.Lines;
using Logistics.Planning.Network;

namespace Logistics.Web.Tests;

/// <summary>The app holding the demo county's real plan (<see cref="DemoPlanFixture"/>).</summary>
/// <param name="App">The app on Kestrel.</param>
/// <param name="Scenario">The demo county (scenario 1 of the app).</param>
/// <param name="PlanId">The saved plan's id.</param>
/// <param name="Plan">The saved plan.</param>
/// <param name="Job">The finished plan job as <c>GET /api/plan-jobs/{id}</c> gives it.</param>
/// <param name="Page">What <c>browser/lines.mjs</c> saw on the Lines and Timetable pages; null without a browser.</param>
internal sealed record DemoPlanRun(KestrelApp App, Scenario Scenario, long PlanId, LinePlan Plan, JsonElement Job, JsonElement? Page);
