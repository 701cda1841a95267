using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Logistics.Web.Tests;

/// <summary>
/// The user-facing defects of issue 13 in headless Chromium, each scenario waiting for the interactive circuit before
/// it clicks: stored XSS through site names (1), malformed and unknown ids (4), length limits (5), the copy name and the
/// delete confirmation (9). The plan job (3), dispatch status, dates and vehicle names (7, 8) are checked in
/// <see cref="BrowserTests"/> on the demo plan.
/// </summary>
public sealed class BrowserSafetyTests : IDisposable
{
    private const string Script = "<img src=x onerror=alert(2)>村";

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_site_named_like_a_script_shows_as_text_in_the_map_tooltips_and_runs_nothing()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, planner: false);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.SitesCsvWithOutletNamed(Script)), "file", "sites.csv" } };
        var response = await http.PostAsync("/api/scenarios/1/import", form, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var scenarios = await http.GetFromJsonAsync<JsonElement>("/api/scenarios", Ct);
        var id = scenarios.EnumerateArray().Max(s => s.GetProperty("id").GetInt64());

        var r = await BrowserScenario.RunAsync("xss.mjs", app.BaseUrl, id.ToString(System.Globalization.CultureInfo.InvariantCulture), Script);
        Assert.Equal(0, r.GetProperty("dialogs").GetInt32());
        Assert.False(r.GetProperty("xss").GetBoolean());
        var tips = r.GetProperty("tooltips").EnumerateArray().ToList();
        Assert.True(tips.Count >= 2, "the outlet's tooltip on the Network and the Coverage map shows the name as text: " + r);
        Assert.All(tips, t => Assert.Equal(0, t.GetProperty("images").GetInt32()));
        Assert.All(tips, t => Assert.Contains(Script, t.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Equal(0, r.GetProperty("consoleErrors").GetArrayLength());
    }

    [Fact]
    public async Task Malformed_and_unknown_ids_show_the_not_found_page_with_a_way_back_and_never_another_scenario()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, planner: false);
        string[] paths =
        [
            "/lines?s=abc", "/?s=abc", "/timetable?s=1&plan=abc", "/lines?s=99999999999999999999", "/lines?s=999",
            "/dispatch?s=999", "/coverage?s=-1", "/timetable?s=1&plan=999", "/no-such-page",
        ];
        var r = await BrowserScenario.RunAsync("notfound.mjs", app.BaseUrl, paths);
        foreach (var page in r.GetProperty("results").EnumerateArray())
        {
            var path = page.GetProperty("path").GetString();
            var status = page.GetProperty("status").GetInt32();
            Assert.True(status is 200 or 404, $"{path}: HTTP {status}");
            Assert.StartsWith("没有找到", page.GetProperty("message").GetString() ?? $"{path}: no 没有找到 message");
            Assert.Equal(0, page.GetProperty("hasMap").GetInt32()); // no scenario shown in its place
        }

        Assert.True(r.GetProperty("back").GetString() == "/", r.ToString());
        // The browser logs the 404 of the unknown address itself; nothing else may fail.
        Assert.DoesNotContain(r.GetProperty("consoleErrors").EnumerateArray().Select(e => e.GetString()!), e => !e.Contains("status of 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_over_the_limit_is_refused_on_the_server_and_nothing_is_stored_or_widened()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, planner: false);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var before = await http.GetStringAsync("/api/scenarios", Ct);
        var name = new string('长', 2000);

        var r = await BrowserScenario.RunAsync("scenarios.mjs", app.BaseUrl, "too-long", name);
        Assert.Contains($"最多 {InputLimits.Name} 个", r.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(r.GetProperty("width").GetInt32() <= 1366, $"the page is {r.GetProperty("width")} px wide");
        Assert.Equal(before, await http.GetStringAsync("/api/scenarios", Ct));

        // The API enforces the same limit.
        var api = await http.PostAsJsonAsync("/api/scenarios/1/copy", new { name }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(before, await http.GetStringAsync("/api/scenarios", Ct));
    }

    [Fact]
    public async Task A_copy_without_a_name_is_called_a_copy_in_Chinese_and_delete_asks_first()
    {
        BrowserScenario.RequireBrowser();
        await using var app = await KestrelApp.StartAsync(_data.Path, planner: false);
        var copied = await BrowserScenario.RunAsync("scenarios.mjs", app.BaseUrl, "copy-default");
        var names = copied.GetProperty("names").EnumerateArray().Select(e => e.GetString()!).ToList();
        var original = names[0];
        Assert.Contains(original + "（副本）", names);
        Assert.DoesNotContain(names, n => n.Contains("copy", StringComparison.OrdinalIgnoreCase));

        var deleted = await BrowserScenario.RunAsync("scenarios.mjs", app.BaseUrl, "delete", "2");
        Assert.Contains("无法恢复", deleted.GetProperty("dialogText").GetString(), StringComparison.Ordinal);
        Assert.Equal(["1", "2"], deleted.GetProperty("afterCancel").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["1"], deleted.GetProperty("afterDelete").EnumerateArray().Select(e => e.GetString()));
    }
}
