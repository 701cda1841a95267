namespace Logistics.Web;

/// <summary>
/// Limits on what users send, checked on the server (pages and API alike) with a message that says the limit: a
/// 2,000-character name once widened every page to 26,904 px.
/// </summary>
public static class InputLimits
{
    /// <summary>Longest scenario or plan name, characters.</summary>
    public const int Name = 80;

    /// <summary>Longest file name kept with an import, characters.</summary>
    public const int FileName = 120;

    /// <summary>Largest uploaded file, bytes (20 MB: a county's sites as XLSX are well under 1 MB).</summary>
    public const long FileBytes = 20 * 1024 * 1024;

    /// <summary>Most rows in one imported file (a county has at most a few thousand sites).</summary>
    public const int Rows = 20_000;

    /// <summary>Longest coverage threshold text, characters.</summary>
    public const int Threshold = 60;

    /// <summary>Null when the name fits, else the error in Chinese and English.</summary>
    public static (string Chinese, string English)? CheckName(string name) =>
        name.Length <= Name ? null
        : ($"名称有 {name.Length} 个字符，最多 {Name} 个：请改短一些。", $"The name has {name.Length} characters, at most {Name} are allowed: please shorten it.");
}
