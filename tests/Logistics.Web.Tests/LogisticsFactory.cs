using Logistics.Web.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Web.Tests;

/// <summary>The app in memory (<see cref="WebApplicationFactory{TEntryPoint}"/>) on a data folder, with an optional plan runner.</summary>
internal sealed class LogisticsFactory(string dataFolder, IPlanRunner? runner = null, int queueCapacity = 4) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Logistics:DataFolder", dataFolder);
        builder.UseSetting("Logistics:JobQueueCapacity", queueCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPlanRunner>();
            if (runner is not null)
            {
                services.AddSingleton(runner);
            }
        });
    }
}
