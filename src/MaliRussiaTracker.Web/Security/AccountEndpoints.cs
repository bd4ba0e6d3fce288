using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace MaliRussiaTracker.Web.Security;

internal static class AccountEndpoints
{
    public const string SignOutPath = "/account/signout";

    /// <summary>
    /// Sign-out is a POST from a form carrying the anti-forgery token, so another site cannot sign a user out
    /// with a link or an image.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SignOutPath, async Task<IResult> (HttpContext http, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn) =>
        {
            // Minimal APIs enforce the token only on endpoints that bind a form; this one binds nothing, so it asks.
            if (!await antiforgery.IsRequestValidAsync(http))
                return TypedResults.Problem("The form's anti-forgery token is missing or stale; reload the page.", statusCode: StatusCodes.Status400BadRequest);
            // A new stamp: this cookie, and any copy of it saved anywhere, no longer opens anything.
            if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(SecurityServiceCollectionExtensions.SignInPath);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
