using Logistics.Planning.Import;
using Logistics.Planning.Network;

namespace Logistics.Planning.Tests.Demo;

public class ExampleFilesTests
{
    [Fact]
    public void Sites_example_imports_cleanly_in_the_short_demand_form()
    {
        var result = SiteImporter.Read(RepositoryFiles.Combine("data", "examples", "sites-example.csv"));
        Assert.Empty(result.Errors);
        var sites = result.GetValueOrThrow();
        Assert.Equal(5, sites.Count);
        Assert.Equal([SiteTier.CountyHub, SiteTier.TownshipStation, SiteTier.TownshipStation, SiteTier.VillageOutlet, SiteTier.VillageOutlet], sites.Select(s => s.Tier));
        var pingle = sites.Single(s => s.Id.Value == "500231102205");
        Assert.Equal("平乐村", pingle.Name);
        Assert.Equal("500231102", pingle.TownshipCode);
        Assert.Equal(95 * 7, pingle.Demand.WeekDown.Kg, 0.5);
        Assert.Equal(40 * 7, pingle.Demand.WeekUp.Kg, 0.5);
        Assert.DoesNotContain(ScenarioValidator.ValidateSites(sites, ScenarioParameters.Default), e => e.Severity == Core.Errors.DataErrorSeverity.Error);
    }
}
