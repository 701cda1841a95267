namespace Logistics.Web.Localization;

/// <summary>
/// The language of one request or circuit: Simplified Chinese by default, English with <c>?lang=en</c> (remembered in
/// the <c>lang</c> cookie) or the page's switch. Every UI string is written as a Chinese–English pair at its place of
/// use, so both languages are always complete. <see cref="Changed"/> tells the open components to render again.
/// </summary>
public sealed class UiText
{
    public const string CookieName = "lang";

    /// <summary>True for English, false for Chinese.</summary>
    public bool English { get; set; }

    /// <summary>The <c>lang</c> attribute of the page.</summary>
    public string HtmlLang => English ? "en" : "zh-CN";

    /// <summary>The short code of the language: <c>en</c> or <c>zh</c>.</summary>
    public string Code => English ? "en" : "zh";

    /// <summary>Raised after <see cref="Switch"/> changed the language.</summary>
    public event Action? Changed;

    /// <summary>The text in the current language.</summary>
    public string T(string chinese, string english) => English ? english : chinese;

    /// <summary>Changes the language of this circuit; the components listening to <see cref="Changed"/> render again.</summary>
    public void Switch(bool english)
    {
        if (English == english)
        {
            return;
        }

        English = english;
        Changed?.Invoke();
    }
}
