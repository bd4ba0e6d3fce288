using Microsoft.AspNetCore.Authorization;

namespace MaliRussiaTracker.Web.Security;

internal static class LiveConnectionAccess
{
    /// <summary>
    /// Blazor's live connection (<c>/_blazor…</c>) is open to anonymous visitors: public mode's readers need it,
    /// and so do the error pages. It opens no page by itself: every page reached through it goes through the
    /// router, which applies the page's policy (or the default one) to the connection's user.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AllowAnonymousLiveConnection(this RazorComponentsEndpointConventionBuilder components)
    {
        components.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && route.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal))
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
        });
        return components;
    }
}
