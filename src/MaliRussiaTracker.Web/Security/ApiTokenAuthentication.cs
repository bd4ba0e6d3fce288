using System.Security.Claims;
using System.Text.Encodings.Web;
using MaliRussiaTracker.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Web.Security;

/// <summary>
/// <c>Authorization: Bearer mrt_…</c>: a personal access token signs the request in as its user, with the role the
/// user holds now (read from the database at each request, so a role change or a removal counts at once).
/// </summary>
internal sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, UserManager<IdentityUser> users, IUserClaimsPrincipalFactory<IdentityUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenNameClaim = "mrt:token";
    private const string Prefix = "Bearer ";

    /// <summary>Whether a request carries a bearer token, so the token scheme rather than the cookie answers for it.</summary>
    public static bool IsBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsBearer(Context))
            return AuthenticateResult.NoResult();
        var secret = Context.Request.Headers.Authorization.ToString()[Prefix.Length..].Trim();
        if (await tokens.FindHolderAsync(secret, Context.RequestAborted) is not { } holder || await users.FindByIdAsync(holder.UserId) is not { } user)
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        if (await users.IsLockedOutAsync(user))
            return AuthenticateResult.Fail("The token's account is locked.");
        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TokenNameClaim, holder.TokenName));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
