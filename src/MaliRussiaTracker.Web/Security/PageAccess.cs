using Microsoft.AspNetCore.Authorization;

namespace MaliRussiaTracker.Web.Security;

/// <summary>What a page says about who may see it.</summary>
public static class PageAccess
{
    /// <summary>
    /// A page with no [Authorize…] and no [AllowAnonymous] of its own. Over HTTP the fallback policy guards it;
    /// inside a live page Blazor's router knows only attributes, so the router applies the default policy itself.
    /// </summary>
    public static bool FallsBack(Type page) =>
        !page.GetCustomAttributes(inherit: true).Any(a => a is IAuthorizeData or IAllowAnonymous);

    /// <summary>
    /// The address to go back to after signing in, when it is a path of this site; anything else (another host,
    /// «//host», «/\host») is a way to send someone elsewhere with our name on it, and goes home instead.
    /// </summary>
    public static string LocalReturnUrl(string? returnUrl) => IsLocalPath(returnUrl) ? returnUrl! : "/";

    /// <summary>
    /// A path of this site by <c>Url.IsLocalUrl</c>'s rules: it starts with one '/', not '//' nor '/\', and holds no
    /// control character anywhere (a browser drops a tab or a line feed, so « /\t/evil.example » would leave the site,
    /// and a line feed cannot go in a Location header at all).
    /// </summary>
    public static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl) && Uri.TryCreate(url, UriKind.Relative, out _);
}
