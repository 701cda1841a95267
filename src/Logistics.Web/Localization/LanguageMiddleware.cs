namespace Logistics.Web.Localization;

/// <summary>Sets <see cref="UiText.English"/> from <c>?lang=en|zh</c> (and stores the choice in a cookie) or from the cookie.</summary>
public sealed class LanguageMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, UiText text)
    {
        var query = context.Request.Query["lang"].ToString();
        if (query is "en" or "zh")
        {
            text.English = query == "en";
            context.Response.Cookies.Append(UiText.CookieName, query, new CookieOptions
            {
                Path = "/",
                HttpOnly = false,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
            });
        }
        else
        {
            text.English = context.Request.Cookies[UiText.CookieName] == "en";
        }

        return next(context);
    }
}
