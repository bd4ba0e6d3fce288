using MudBlazor;

namespace MaliRussiaTracker.Web.Components.Layout;

internal static class TrackerTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b4965",
            Secondary = "#b23a48",
            AppbarBackground = "#1b4965",
        },
    };
}
