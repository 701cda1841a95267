namespace Logistics.Planning.Kpis;

/// <summary>How a KPI is named on screen: a stable key, the Chinese and English labels and the unit.</summary>
public sealed record KpiLabel(string Key, string Chinese, string English, string Unit)
{
    /// <summary><c>每周行驶里程 / Km per week (km)</c>.</summary>
    public string Bilingual => Unit.Length == 0 ? $"{Chinese} / {English}" : $"{Chinese} / {English} ({Unit})";
}
