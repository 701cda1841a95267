using Logistics.Planning.Kpis;
using Logistics.Planning.Verification;
using Logistics.Spatial.Geodesy;
using Logistics.Web.Kpis;
using Logistics.Web.Localization;

namespace Logistics.Web.Tests.Kpis;

public sealed class PlanFiguresTests
{
    [Fact]
    public void The_figures_show_the_demand_carried_down_and_up_against_the_county_total()
    {
        var scenario = SmallCounty.Scenario;
        var travel = new StraightLineTravelTimes(scenario);
        var verification = PlanVerifier.Verify(SmallCounty.Plan, scenario, travel);
        var summary = PlanSummary.Of(SmallCounty.Plan, scenario, travel, verification);
        var expected = DemandCarried.Compute(SmallCounty.Plan, scenario);

        var demand = Assert.IsType<DemandSummary>(summary.Demand);
        Assert.Equal(expected.DownTotalTonnes, demand.DownTotalTonnes, 3);
        Assert.Equal(expected.UpCarriedTonnes, demand.UpCarriedTonnes, 3);
        Assert.True(demand.DownTotalTonnes > 0, "the small county has goods to carry");
        Assert.Equal(expected.NotCarried.Count, demand.SitesNotCarried);

        var chinese = new UiText();
        var down = PlanFigures.All.Single(f => f.Code == "demand-down");
        Assert.Equal(
            $"{demand.DownCarriedTonnes.ToString("N1", System.Globalization.CultureInfo.InvariantCulture)} / {demand.DownTotalTonnes.ToString("N1", System.Globalization.CultureInfo.InvariantCulture)} ({demand.DownShare.ToString("P1", System.Globalization.CultureInfo.InvariantCulture)})",
            down.Value(summary, chinese));

        // The stored JSON keeps it, so the Scenarios page shows it without re-planning.
        Assert.Equal(demand, PlanSummary.FromJson(summary.ToJson())!.Demand);
    }

    [Fact]
    public void A_summary_stored_before_demand_was_counted_says_not_computed_in_the_pages_language()
    {
        var old = PlanSummary.FromJson("""{"lines":1,"trunks":1,"feeders":0,"direct":0,"coModal":0,"stops":1,"weeklyKm":1,"weeklyHours":1,"weeklyCost":1,"weeklyCo2Kg":1,"loadFactorKg":0.5,"vehiclesUsed":1,"violations":0}""")!;
        Assert.Null(old.Demand);
        var up = PlanFigures.All.Single(f => f.Code == "demand-up");
        Assert.Equal("未计算", up.Value(old, new UiText()));
        Assert.Equal("not computed", up.Value(old, new UiText { English = true }));
    }
}
