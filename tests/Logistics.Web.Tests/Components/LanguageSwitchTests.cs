using Bunit;
using Logistics.Web.Components.Layout;
using Logistics.Web.Components.Pages;
using Logistics.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Logistics.Web.Tests.Components;

/// <summary>The layout's language switch renders the open page again in the other language, inside the circuit.</summary>
public sealed class LanguageSwitchTests : BunitContext
{
    public LanguageSwitchTests()
    {
        Services.AddMudServices();
        Services.AddScoped<UiText>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void The_switch_buttons_change_the_page_and_its_parts_to_English_and_back()
    {
        var layout = Render<MainLayout>(p => p.Add(x => x.Body, b =>
        {
            b.OpenComponent<NotFoundPage>(0);
            b.CloseComponent();
        }));
        Assert.Contains("没有找到", layout.Find("#not-found").TextContent, StringComparison.Ordinal);
        Assert.Equal("网络", layout.Find(".mainnav a").TextContent.Trim());
        Assert.Equal("true", layout.Find("#app").GetAttribute("data-interactive"));

        layout.Find("#lang-en").Click();
        layout.WaitForAssertion(() => Assert.Contains("Not found", layout.Find("#not-found").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("没有找到", layout.Find("#not-found").TextContent, StringComparison.Ordinal);
        Assert.Equal("Back to the Network page", layout.Find("#not-found-home").TextContent.Trim());
        Assert.Equal("Network", layout.Find(".mainnav a").TextContent.Trim());
        Assert.True(Services.GetRequiredService<UiText>().English);
        JSInterop.VerifyInvoke("logisticsApp.setLanguage"); // the cookie and <html lang> follow

        layout.Find("#lang-zh").Click();
        layout.WaitForAssertion(() => Assert.Equal("返回网络页", layout.Find("#not-found-home").TextContent.Trim()));
    }
}
