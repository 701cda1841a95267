namespace Logistics.Web.Localization;

/// <summary>
/// The language of one request: Simplified Chinese by default, English with <c>?lang=en</c> (remembered in the
/// <c>lang</c> cookie). Every UI string is written as a Chinese–English pair at its place of use, so both
/// languages are always complete.
/// </summary>
public sealed class UiText
{
    public const string CookieName = "lang";

    /// <summary>True for English, false for Chinese.</summary>
    public bool English { get; set; }

    /// <summary>The <c>lang</c> attribute of the page.</summary>
    public string HtmlLang => English ? "en" : "zh-CN";

    /// <summary>The text in the request's language.</summary>
    public string T(string chinese, string english) => English ? english : chinese;
}
