using MaliRussiaTracker.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Web.Security;

internal static class SecurityServiceCollectionExtensions
{
    public const string SignInPath = "/account/signin";
    public const string AccessDeniedPath = "/account/access-denied";
    private const string CookieOrToken = nameof(CookieOrToken);

    /// <summary>
    /// Accounts (Identity on the tracker's database), the sign-in cookie, the role policies, the first admin
    /// from configuration, and the signed-in user as Blazor components see it.
    /// </summary>
    public static IServiceCollection AddTrackerSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddTrackerAccounts(configuration).AddSignInManager();
        services.AddSingleton<Components.Pages.Admin.UserAdministration>();
        services.AddScoped<SignedInUser>();
        // A bearer token on /api signs a script in as the token's user; everything else is the sign-in cookie.
        services.AddAuthentication(CookieOrToken)
            .AddPolicyScheme(CookieOrToken, null, o => o.ForwardDefaultSelector = context =>
                ApiTokenAuthentication.IsBearer(context) && Api.ApiErrors.IsApiRequest(context) ? ApiTokenAuthentication.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<AccessOptions>>(ConfigureCookie);
        // Checked on every request: a sign-out or a role change (each a new stamp) ends the user's sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<SignInGate>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AccessOptions>>((limiter, access) => LimitSignIns(limiter, access.Value));

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AccessOptions>>((options, access) => TrackerPolicies.Configure(options, access.Value));

        // Every cookie (the sign-in's, the anti-forgery token's, the language's) Secure whenever the request came over HTTPS.
        services.Configure<CookiePolicyOptions>(policy => policy.Secure = CookieSecurePolicy.SameAsRequest);
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // No "Server: Kestrel": nothing gained by telling.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddHostedService<BootstrapAdmin>();
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, IOptions<AccessOptions> access)
    {
        cookie.LoginPath = SignInPath;
        cookie.AccessDeniedPath = AccessDeniedPath;
        cookie.ExpireTimeSpan = access.Value.SessionTimeout;
        cookie.SlidingExpiration = true;
        cookie.Cookie.HttpOnly = true;
        // Lax, not Strict: a link to a page pasted in a mail or a chat must open signed in; what changes things is
        // a POST, which Lax keeps from other sites and the anti-forgery token guards besides.
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request came over HTTPS; plain HTTP (development, the tests' loopback Kestrel) still works.
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        // A script calling the API wants a status code, not the sign-in page's HTML.
        var redirectToSignIn = cookie.Events.OnRedirectToLogin;
        var redirectToDenied = cookie.Events.OnRedirectToAccessDenied;
        cookie.Events.OnRedirectToLogin = context => AnswersWithStatus(context.Request) ? Status(context.Response, StatusCodes.Status401Unauthorized) : redirectToSignIn(context);
        cookie.Events.OnRedirectToAccessDenied = context => AnswersWithStatus(context.Request) ? Status(context.Response, StatusCodes.Status403Forbidden) : redirectToDenied(context);
    }

    // Per client, on top of the per-account lockout: one address cannot try passwords fast, on one account or many.
    private static void LimitSignIns(RateLimiterOptions limiter, AccessOptions access)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(SignInPath, StringComparison.OrdinalIgnoreCase)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = access.SignInRateLimit, Window = access.SignInRateWindow, QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
    }

    private static bool AnswersWithStatus(HttpRequest request) => Api.ApiErrors.IsApiRequest(request.HttpContext);

    // The status-code pages of /api and /openapi then answer it as ProblemDetails (ApiErrors).
    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
