using Microsoft.AspNetCore.Identity;

namespace MaliRussiaTracker.Web.Security;

/// <summary>
/// Checks a name and a password so that the answer, and the work done to reach it, are the same whether the name is
/// unknown, the password wrong or the account locked: one password hash verified every time, and one refusal. Only
/// the right password on an account that may sign in gets in; a wrong one counts towards the account's lockout.
/// </summary>
internal sealed class SignInGate(SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher)
{
    // A hash made once per process of a password nobody knows, verified when there is no account's own hash to verify.
    private static readonly Lazy<string> StandInHash = new(() => new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Guid.NewGuid().ToString("N")));

    public async Task<bool> SignInAsync(string userName, string password)
    {
        var users = signIn.UserManager;
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            hasher.VerifyHashedPassword(new IdentityUser(), StandInHash.Value, password);
            return false;
        }

        if (await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            // The lockout answers without looking at the password: look at it all the same, and say nothing more.
            hasher.VerifyHashedPassword(user, user.PasswordHash ?? StandInHash.Value, password);
            return false;
        }

        return (await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)).Succeeded;
    }
}
