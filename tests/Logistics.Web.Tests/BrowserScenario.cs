using System.Diagnostics;
using System.Text.Json;
using Logistics.Tests.Shared;

namespace Logistics.Web.Tests;

/// <summary>
/// Runs one browser scenario (tests/Logistics.Web.Tests/browser/*.mjs: playwright-core driving Debian's
/// /usr/bin/chromium) against a running app and returns its JSON result. Skips the calling test when node,
/// chromium or the npm packages are missing (.ci/run installs them).
/// </summary>
internal static class BrowserScenario
{
    public const string Chromium = "/usr/bin/chromium";

    public static string Folder => Path.Combine(SharedPaths.RepositoryRoot(), "tests", "Logistics.Web.Tests", "browser");

    /// <summary>Where screenshots go: $LOGISTICS_SCREENSHOTS (e.g. docs/screenshots to refresh the committed ones), else a temp folder.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("LOGISTICS_SCREENSHOTS");
            var folder = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(Path.GetTempPath(), "logistics-web-screenshots")
                : Path.GetFullPath(configured, SharedPaths.RepositoryRoot());
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Why the browser scenarios cannot run here; null when chromium, node and playwright-core are all present.</summary>
    public static string? Missing =>
        !File.Exists(Chromium) ? $"{Chromium} is missing: apt-get install -y chromium (.ci/run does)"
        : FindNode() is null ? "node is missing: the browser scenarios run with Node.js"
        : !File.Exists(Path.Combine(Folder, "node_modules", "playwright-core", "package.json")) ? $"playwright-core is not installed: run `npm ci` in {Folder} (.ci/run does)"
        : null;

    public static void RequireBrowser()
    {
        if (Missing is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    public static Task<JsonElement> RunAsync(string script, string baseUrl, params string[] args) =>
        RunAsync(script, baseUrl, TimeSpan.FromSeconds(120), args);

    public static async Task<JsonElement> RunAsync(string script, string baseUrl, TimeSpan timeout, params string[] args)
    {
        RequireBrowser();
        var start = new ProcessStartInfo(FindNode()!)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["LOGISTICS_BASE_URL"] = baseUrl;
        start.Environment["LOGISTICS_SCREENSHOTS"] = ScreenshotFolder;
        start.Environment["CHROMIUM_PATH"] = Chromium;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{script} did not finish within {timeout.TotalSeconds} s. stderr: {await stderr}");
        }

        var output = (await stdout).Trim();
        var last = output.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'));
        Assert.True(last is not null, $"{script} printed no JSON (exit {process.ExitCode}). stdout: {output} stderr: {await stderr}");
        var result = JsonDocument.Parse(last!).RootElement.Clone();
        if (result.TryGetProperty("error", out var error))
        {
            Assert.Fail($"{script} failed in the browser: {error.GetString()}");
        }

        return result;
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);
}
