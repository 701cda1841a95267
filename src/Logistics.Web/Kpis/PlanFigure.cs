using Logistics.Web.Localization;

namespace Logistics.Web.Kpis;

/// <summary>One row of a plan's figures as the pages show them: a stable code, the label in both languages, and the value.</summary>
/// <param name="Code">Stable code (the row's <c>data-figure</c> in the pages).</param>
/// <param name="Chinese">Label in Chinese.</param>
/// <param name="English">Label in English.</param>
/// <param name="Value">The value as text in the request's language.</param>
public sealed record PlanFigure(string Code, string Chinese, string English, Func<PlanSummary, UiText, string> Value);
