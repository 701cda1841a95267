using Logistics.Web;

// dotnet run --project src/Logistics.Web [-- --urls http://localhost:5180 --data DIR]
var app = await LogisticsWebApp.BuildAsync(args);
await app.RunAsync();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
