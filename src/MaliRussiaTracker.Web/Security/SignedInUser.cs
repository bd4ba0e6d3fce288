using Microsoft.AspNetCore.Components.Authorization;

namespace MaliRussiaTracker.Web.Security;

/// <summary>
/// The name a change is made under, for the pages that change things. Their policies let only signed-in users in,
/// so a page reached without a name is a bug, not a visitor: it fails loudly rather than write an anonymous change.
/// </summary>
public sealed class SignedInUser(AuthenticationStateProvider authentication)
{
    public async Task<string> NameAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.Identity?.Name ?? throw new InvalidOperationException("Changes are made by signed-in users only.");
    }
}
