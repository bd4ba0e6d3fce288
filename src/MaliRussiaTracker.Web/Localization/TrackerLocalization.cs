using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace MaliRussiaTracker.Web.Localization;

/// <summary>
/// French by default, English on the reader's switch. The choice lives in ASP.NET Core's culture cookie only: a
/// browser's Accept-Language does not change the language, so every reader starts on the French the press speaks.
/// </summary>
internal static class TrackerLocalization
{
    public const string French = "fr";
    public const string English = "en";
    public static IReadOnlyList<string> Cultures { get; } = [French, English];

    public static IServiceCollection AddTrackerLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        return services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(French).AddSupportedCultures([.. Cultures]).AddSupportedUICultures([.. Cultures]);
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    /// <summary>
    /// <c>/culture?name=en&amp;back=/timeline</c> sets the cookie and sends the reader back where they were; the
    /// Blazor circuit takes its culture from the request that opens it, so the page must load again.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (string? name, string? back, HttpContext http) =>
        {
            if (name is null || !Cultures.Contains(name, StringComparer.OrdinalIgnoreCase))
                return Results.Problem($"Unknown language '{name}'. Known: {string.Join(", ", Cultures)}.", statusCode: StatusCodes.Status400BadRequest);
            var culture = name.ToLowerInvariant();
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Path = "/" });
            return Results.Redirect(Security.PageAccess.LocalReturnUrl(back));
        }).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }

    /// <summary>The language a page is written in, for <c>&lt;html lang&gt;</c>.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
