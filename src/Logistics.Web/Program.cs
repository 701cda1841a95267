using Logistics.Web;

var builder = WebApplication.CreateBuilder(args);
// `--data DIR` is the data folder (SQLite file); `--urls` as usual.
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data"] = $"{LogisticsWebOptions.Section}:{nameof(LogisticsWebOptions.DataFolder)}" });
builder.Services.AddLogisticsWeb(builder.Configuration);

var app = builder.Build();
await app.UseLogisticsWebAsync();
await app.RunAsync();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
