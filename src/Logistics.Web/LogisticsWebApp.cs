namespace Logistics.Web;

/// <summary>Builds the whole web app from command-line arguments: used by <c>Program</c> and by the tests that start it on Kestrel.</summary>
public static class LogisticsWebApp
{
    /// <summary>
    /// The configured app, store initialised. <c>--data DIR</c> sets the data folder, <c>--urls</c> the addresses;
    /// <paramref name="configureServices"/> may add or replace services (e.g. an <see cref="Jobs.IPlanRunner"/>).
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        // The application is this assembly also when a test host starts it: its static web assets manifests
        // (MudBlazor, the Blazor script) are named after it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(LogisticsWebApp).Assembly.GetName().Name });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data"] = $"{LogisticsWebOptions.Section}:{nameof(LogisticsWebOptions.DataFolder)}" });
        // The MudBlazor and Blazor framework files come from the build's static web assets manifest in every
        // environment (the tests run the built app as Production from the source folder).
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddLogisticsWeb(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        await app.UseLogisticsWebAsync();
        return app;
    }
}
