using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MaliRussiaTracker.Web.Components.Pages.Outlets;

/// <summary>An owner group as a page names it: its recorded name, « indépendant » for an outlet of its own.</summary>
internal static class OwnerText
{
    public static string Of(IStringLocalizer<Strings> l, string group, string? name) =>
        group == Outlet.Independent ? l["Outlets.Independent"] : name ?? group;
}
