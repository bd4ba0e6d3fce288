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
        endpoints.MapPost(SignOutPath, async (SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(SecurityServiceCollectionExtensions.SignInPath);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return endpoints;
    }
}
