using Logistics.Web.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Web.Tests;

/// <summary>
/// The app in memory (<see cref="WebApplicationFactory{TEntryPoint}"/>) on a data folder with its own plan runner
/// (<see cref="LinePlannerRunner"/>, 150 routing iterations, with or without the daily-routes baseline), or without a
/// planner; <paramref name="wrap"/> may wrap the runner (the queue tests hold it at a gate).
/// </summary>
internal sealed class LogisticsFactory(
    string dataFolder,
    bool planner = true,
    int queueCapacity = 4,
    bool baseline = false,
    Func<IPlanRunner, IPlanRunner>? wrap = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Logistics:DataFolder", dataFolder);
        builder.UseSetting("Logistics:JobQueueCapacity", queueCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logistics:Planner:RoutingIterations", "150");
        builder.UseSetting("Logistics:Planner:ComputeBaseline", baseline ? "true" : "false");
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPlanRunner>();
            if (planner)
            {
                services.AddSingleton<LinePlannerRunner>();
                services.AddSingleton<IPlanRunner>(sp => wrap is null ? sp.GetRequiredService<LinePlannerRunner>() : wrap(sp.GetRequiredService<LinePlannerRunner>()));
            }
        });
    }

    /// <summary>Saves <paramref name="scenario"/> into the app's store; returns its id.</summary>
    public async Task<long> AddScenarioAsync(Logistics.Planning.Network.Scenario scenario)
    {
        var store = Services.GetRequiredService<Storage.ILogisticsStore>();
        var row = await store.AddScenarioAsync(scenario.Name, "test", Logistics.Planning.Serialization.ScenarioJson.Serialize(scenario));
        return row.Id;
    }
}
