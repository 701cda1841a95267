using Logistics.Tests.Shared;
using Logistics.Web.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Web.Tests;

/// <summary>
/// The real app on Kestrel at a free loopback port, on a data folder, for the browser: start, dispose, start again.
/// With <c>planner</c> it keeps the app's own plan runner (<see cref="LinePlannerRunner"/>) set up by configuration
/// as the tests want it (<see cref="SmallCounty.FastPlannerArgs"/>); without, plan jobs are refused.
/// </summary>
internal sealed class KestrelApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelApp(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<KestrelApp> StartAsync(string dataFolder, bool planner)
    {
        var contentRoot = Path.Combine(SharedPaths.RepositoryRoot(), "src", "Logistics.Web");
        var app = await LogisticsWebApp.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--data", dataFolder, "--contentRoot", contentRoot, "--environment", "Production",
             "--Logging:LogLevel:Default", "Warning", .. SmallCounty.FastPlannerArgs],
            services =>
            {
                if (!planner)
                {
                    services.RemoveAll<IPlanRunner>();
                }
            });
        await app.StartAsync();
        var url = app.Urls.First().TrimEnd('/');
        return new KestrelApp(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
