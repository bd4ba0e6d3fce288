using MaliRussiaTracker.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace MaliRussiaTracker.Web.Security;

/// <summary>
/// Who may do what. Every endpoint without a policy of its own falls back to "signed in with one of the three
/// roles", so a page or an endpoint added later is closed until someone opens it on purpose.
/// </summary>
public static class TrackerPolicies
{
    /// <summary>Timeline, articles, actors, events, agreements and the read API: Analysts and up, or anyone in public mode.</summary>
    public const string CanRead = nameof(CanRead);

    /// <summary>Review, tags, editing the world: Editors and Admins.</summary>
    public const string CanEdit = nameof(CanEdit);

    /// <summary>Imports, feeds, users: Admins.</summary>
    public const string CanAdminister = nameof(CanAdminister);

    internal static void Configure(AuthorizationOptions options, AccessOptions access)
    {
        var signedIn = RolesPolicy(TrackerRoles.All);
        options.DefaultPolicy = signedIn;
        options.FallbackPolicy = signedIn;
        // Public mode opens reading only: the fallback stays closed, so a page nobody marked is never public by accident.
        options.AddPolicy(CanRead, access.PublicReadOnly ? new AuthorizationPolicyBuilder().RequireAssertion(_ => true).Build() : signedIn);
        options.AddPolicy(CanEdit, RolesPolicy([TrackerRoles.Editor, TrackerRoles.Admin]));
        options.AddPolicy(CanAdminister, RolesPolicy([TrackerRoles.Admin]));
    }

    private static AuthorizationPolicy RolesPolicy(IReadOnlyList<string> roles) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(roles).Build();
}

/// <summary>A page or endpoint that Analysts read (and anonymous visitors, in public mode): <c>@attribute [Security.CanRead]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CanReadAttribute() : AuthorizeAttribute(TrackerPolicies.CanRead);

/// <summary>A page or endpoint for Editors and Admins.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CanEditAttribute() : AuthorizeAttribute(TrackerPolicies.CanEdit);

/// <summary>A page or endpoint for Admins.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CanAdministerAttribute() : AuthorizeAttribute(TrackerPolicies.CanAdminister);
