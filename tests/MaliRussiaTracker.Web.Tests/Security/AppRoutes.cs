using MaliRussiaTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Security;

/// <summary>Who an endpoint lets in, from the fewest to the most rights needed.</summary>
public enum Access
{
    Anyone,
    Reader,
    SignedIn,
    Editor,
    Admin,
}

/// <summary>One method on one route of the running app, with an address that reaches it.</summary>
public sealed record AppRoute(string Method, string Pattern, string Address, Access Declared, bool TokenOnly = false, string? Accepts = null)
{
    public bool AnswersWithStatus => Pattern.StartsWith("/api", StringComparison.Ordinal) || Pattern.StartsWith("/openapi", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>
/// The routes as the running app's endpoint data source lists them, so pages and endpoints added later are
/// tried as well; static files (wwwroot and packages) are left out, they are public by design.
/// </summary>
public static class AppRoutes
{
    private static readonly Dictionary<string, string> SampleValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "1",
        ["slug"] = "assimi-goita",
        ["key"] = "bamex-2025",
        ["documentName"] = "v1",
    };

    public static IReadOnlyList<AppRoute> Of(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new AppRoute(method, Pattern(e), Address(e), Declared(e), TokenOnly(e), Accepts(e))))
            .DistinctBy(r => (r.Method, r.Pattern))
            .OrderBy(r => r.Pattern, StringComparer.Ordinal)];

    /// <summary>What the endpoint's own metadata asks for; nothing at all means the fallback policy.</summary>
    private static Access Declared(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            return Access.Anyone;
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
        return policies.Contains(TrackerPolicies.CanAdminister) ? Access.Admin
            : policies.Contains(TrackerPolicies.CanEdit) ? Access.Editor
            : policies.Count > 0 && policies.All(p => p == TrackerPolicies.CanRead) ? Access.Reader
            : Access.SignedIn;
    }

    /// <summary>A route only a bearer token opens (the API's writes): a cookie, however signed in, is refused there.</summary>
    private static bool TokenOnly(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.AuthenticationSchemes?.Contains("ApiToken", StringComparison.Ordinal) == true);

    /// <summary>
    /// The body's type the route reads, if it says: routing answers 415 to any other before authorization runs
    /// (under the fallback policy), so a request meant to test who gets in must send what the route accepts.
    /// </summary>
    private static string? Accepts(Endpoint endpoint) => endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is [var first, ..] ? first : null;

    private static string Pattern(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');

    private static string Address(RouteEndpoint endpoint)
    {
        var address = Pattern(endpoint);
        // Parameters come in the order they are written, so each fills the first placeholder left.
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            var start = address.IndexOf('{', StringComparison.Ordinal);
            var end = address.IndexOf('}', start);
            address = address[..start] + SampleValues.GetValueOrDefault(parameter.Name, "1") + address[(end + 1)..];
        }

        return address;
    }
}
