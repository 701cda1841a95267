using Logistics.Web.Storage;

namespace Logistics.Web.Tests;

public sealed class InputLimitsTests
{
    [Fact]
    public void A_name_at_the_limit_passes_and_one_more_character_is_refused_in_both_languages()
    {
        Assert.Null(InputLimits.CheckName(new string('名', InputLimits.Name)));
        var error = InputLimits.CheckName(new string('名', InputLimits.Name + 1));
        Assert.NotNull(error);
        Assert.Contains($"最多 {InputLimits.Name} 个", error.Value.Chinese, StringComparison.Ordinal);
        Assert.Contains($"at most {InputLimits.Name}", error.Value.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_is_named_in_Chinese_numbered_when_taken_and_never_longer_than_the_limit()
    {
        Assert.Equal("青岭县（副本）", ScenarioNames.CopyName("青岭县", ["青岭县"]));
        Assert.Equal("青岭县（副本 2）", ScenarioNames.CopyName("青岭县", ["青岭县", "青岭县（副本）"]));
        var longName = ScenarioNames.CopyName(new string('长', 500), []);
        Assert.Equal(InputLimits.Name, longName.Length);
        Assert.EndsWith("…（副本）", longName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_with_a_file_name_or_new_name_over_the_limit_stores_nothing()
    {
        using var data = new TempFolder();
        var store = new SqliteLogisticsStore(Path.Combine(data.Path, "logistics.db"), TimeProvider.System);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var imports = new Imports.ImportService(new ScenarioCatalog(store));
        var id = (await store.ListScenariosAsync(TestContext.Current.CancellationToken))[0].Id;
        using var file = new MemoryStream(TestFiles.DemoSitesCsv());
        var longFile = await imports.ImportAsync(id, new string('f', InputLimits.FileName) + ".csv", file, null, TestContext.Current.CancellationToken);
        Assert.Equal("file-name-too-long", Assert.Single(longFile.Errors).Code);
        file.Position = 0;
        var longName = await imports.ImportAsync(id, "sites.csv", file, new string('名', InputLimits.Name + 1), TestContext.Current.CancellationToken);
        Assert.Equal("name-too-long", Assert.Single(longName.Errors).Code);
        Assert.Empty(await store.ListImportsAsync(TestContext.Current.CancellationToken));
    }
}
