namespace Logistics.Web.Maps;

/// <summary>Distinct colours for the lines of a plan on the map and in the tables (the same index, the same colour).</summary>
public static class LineColors
{
    private static readonly string[] Palette =
    [
        "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324",
        "#469990", "#800000", "#808000", "#000075", "#bfef45", "#fabed4", "#dcbeff", "#ffd8b1",
    ];

    public static string Of(int index) => Palette[((index % Palette.Length) + Palette.Length) % Palette.Length];
}
