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
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data"] = $"{LogisticsWebOptions.Section}:{nameof(LogisticsWebOptions.DataFolder)}" });
        builder.Services.AddLogisticsWeb(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        await app.UseLogisticsWebAsync();
        return app;
    }
}
