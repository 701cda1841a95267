using Logistics.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace Logistics.Web.Components;

/// <summary>The base of the pages and of the layout: renders again when the language is switched, without reloading the page.</summary>
public abstract class AppPage : ComponentBase, IDisposable
{
    private bool _listening;

    [Inject] private UiText Language { get; set; } = default!;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        if (!_listening)
        {
            Language.Changed += OnLanguageChanged;
            _listening = true;
        }

        return base.SetParametersAsync(parameters);
    }

    public void Dispose()
    {
        Language.Changed -= OnLanguageChanged;
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a page holds (timers, subscriptions).</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private void OnLanguageChanged() => InvokeAsync(StateHasChanged);
}
