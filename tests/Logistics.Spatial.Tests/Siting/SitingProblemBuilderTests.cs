using Logistics.Core.Errors;
using Logistics.Spatial.Siting;

namespace Logistics.Spatial.Tests.Siting;

public sealed class SitingProblemBuilderTests
{
    [Fact]
    public void Builds_an_immutable_problem_with_the_given_data()
    {
        var builder = new SitingProblemBuilder(SitingObjective.MaximalCovering) { FacilityCount = 2, CoverageRadius = 15, Budget = 9 };
        builder.AddDemand("V1", 120);
        builder.AddDemand("V2", 80);
        builder.AddCandidate("S1", 4);
        builder.AddCandidate("S2", 5, existing: true);
        builder.SetDistances(new[,] { { 10, 20 }, { 16, 3 } });
        builder.SetDistance(1, 0, 15);

        var problem = builder.Build();
        builder.SetDistance(0, 0, 99);
        builder.AddDemand("V3", 1);

        Assert.Equal(2, problem.DemandCount);
        Assert.Equal(2, problem.CandidateCount);
        Assert.Equal(10, problem.Distance(0, 0));
        Assert.Equal(15, problem.Distance(1, 0));
        Assert.True(problem.Covers(1, 0));
        Assert.False(problem.Covers(0, 1));
        Assert.True(problem.IsExisting(1));
        Assert.Equal(5, problem.OpeningCost(1));
        Assert.Equal(120, problem.Weight(0));
        Assert.Equal(2, problem.FacilityCount);
        Assert.Equal(9, problem.Budget);
    }

    [Fact]
    public void Reports_every_problem_naming_entity_and_field()
    {
        var builder = new SitingProblemBuilder(SitingObjective.SetCover) { Budget = -1 };
        builder.AddDemand("V1", -3);
        builder.AddDemand("V1", 1);
        builder.AddCandidate("S1", openingCost: -2);
        builder.SetDistance(0, 0, -5);

        var ex = Assert.Throws<DataValidationException>(() => builder.Build());
        var codes = ex.Errors.Select(e => e.Code).ToList();

        Assert.Contains("negative-weight", codes);
        Assert.Contains("duplicate-name", codes);
        Assert.Contains("negative-opening-cost", codes);
        Assert.Contains("missing-coverage-radius", codes);
        Assert.Contains("negative-budget", codes);
        Assert.Contains("negative-distance", codes);
        Assert.Contains("missing-distance", codes);
        var weight = ex.Errors.Single(e => e.Code == "negative-weight");
        Assert.Equal("weight", weight.Column);
        Assert.Equal("demand 'V1'", weight.Entity);
        Assert.Equal("-3", weight.Value);
        var missing = ex.Errors.Single(e => e.Code == "missing-distance");
        Assert.Equal("demand 'V1' → candidate 'S1'", missing.Entity);
    }

    [Fact]
    public void P_median_needs_a_facility_count_and_a_matching_matrix()
    {
        var builder = new SitingProblemBuilder(SitingObjective.PMedian);
        builder.AddDemand("V1", 1);
        builder.AddCandidate("S1");
        builder.SetDistances(new int[2, 1]);

        var ex = Assert.Throws<DataValidationException>(() => builder.Build());

        Assert.Contains(ex.Errors, e => e.Code == "missing-facility-count" && e.Column == "facilityCount");
        Assert.Contains(ex.Errors, e => e.Code == "distance-matrix-shape");
    }

    [Fact]
    public void Weights_and_distances_too_large_for_exact_objectives_are_rejected()
    {
        var builder = new SitingProblemBuilder(SitingObjective.PMedian) { FacilityCount = 1 };
        builder.AddDemand("V1", long.MaxValue / 8);
        builder.AddCandidate("S1");
        builder.SetDistance(0, 0, 1000);

        var ex = Assert.Throws<DataValidationException>(() => builder.Build());

        Assert.Contains(ex.Errors, e => e.Code == "objective-too-large" && e.Column == "weight");
    }

    [Fact]
    public void Empty_problem_is_rejected()
    {
        var ex = Assert.Throws<DataValidationException>(() => new SitingProblemBuilder(SitingObjective.PMedian) { FacilityCount = 1 }.Build());
        Assert.Contains(ex.Errors, e => e.Code == "no-demand");
        Assert.Contains(ex.Errors, e => e.Code == "no-candidate");
    }
}
