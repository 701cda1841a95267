using Logistics.Web.Api;
using Logistics.Web.Components;
using Logistics.Web.Imports;
using Logistics.Web.Jobs;
using Logistics.Web.Localization;
using Logistics.Web.Maps;
using Logistics.Web.Storage;
using Logistics.Web.Travel;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Logistics.Web;

/// <summary>The one-call registration of the web app (<see cref="AddLogisticsWeb"/>) and its pipeline (<see cref="UseLogisticsWeb"/>).</summary>
public static class LogisticsWebExtensions
{
    /// <summary>
    /// Registers storage (SQLite in <see cref="LogisticsWebOptions.DataFolder"/>), the travel times, the plan job queue
    /// and worker, the map layers, imports, the UI language, Razor components (interactive server rendering, MudBlazor) and OpenAPI.
    /// </summary>
    public static IServiceCollection AddLogisticsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<LogisticsWebOptions>(configuration.GetSection(LogisticsWebOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILogisticsStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LogisticsWebOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var folder = Path.GetFullPath(Path.Combine(root, options.DataFolder));
            return new SqliteLogisticsStore(Path.Combine(folder, "logistics.db"), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => new Planning.Verification.TravelTimesFactory(sp.GetRequiredService<IOptions<LogisticsWebOptions>>().Value.Travel));
        services.AddSingleton<ScenarioTravel>();
        services.AddSingleton<ScenarioCatalog>();
        services.AddSingleton<MapLayers>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<PlanJobQueue>();
        services.AddSingleton<IPlanRunner, LinePlannerRunner>();
        services.AddHostedService<PlanJobWorker>();
        services.AddScoped<UiText>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddAntiforgery();
        return services;
    }

    /// <summary>
    /// Creates or upgrades the store and loads the configured road data (a bad path fails here, naming the setting),
    /// then maps static files, the language switch, the API, OpenAPI and the pages.
    /// </summary>
    public static async Task UseLogisticsWebAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<ILogisticsStore>().InitializeAsync();
        try
        {
            app.Services.GetRequiredService<ScenarioTravel>(); // loads a configured road graph now, not at the first request
        }
        catch (Exception ex) when (ex is IOException or Core.Errors.DataValidationException)
        {
            throw new InvalidOperationException($"Logistics:Travel: the road data cannot be loaded: {ex.Message}", ex);
        }

        app.UseExceptionHandler();
        // The API answers errors as problem details; a page address that matches nothing shows the 没有找到 page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseStaticFiles();
        app.UseRouting(); // after the status code pages, so the re-executed /not-found request finds its page
        app.UseMiddleware<LanguageMiddleware>();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapLogisticsApi();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
