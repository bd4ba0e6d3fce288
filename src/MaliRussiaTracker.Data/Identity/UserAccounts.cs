using Microsoft.AspNetCore.Identity;

namespace MaliRussiaTracker.Data.Identity;

/// <summary>What an admin does to accounts: each user holds exactly one of the three roles.</summary>
public sealed class UserAccounts(UserManager<IdentityUser> users, RoleSeeder roles)
{
    /// <summary>Creates the account with its role; the errors say what is wrong with the name or the password.</summary>
    public async Task<AccountResult> AddAsync(string userName, string password, string role, CancellationToken cancellationToken)
    {
        if (TrackerRoles.Find(role) is not { } known)
            return AccountResult.Fail(UnknownRole(role));
        if (await users.FindByNameAsync(userName) is not null)
            return AccountResult.Fail($"the user {userName} already exists.");

        await roles.EnsureRolesAsync(cancellationToken);
        var user = new IdentityUser(userName);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return AccountResult.From(created);
        return AccountResult.From(await users.AddToRoleAsync(user, known));
    }

    /// <summary>Replaces the user's role; the last admin cannot be demoted, so the app is never left without one.</summary>
    public async Task<AccountResult> SetRoleAsync(string userName, string role, CancellationToken cancellationToken)
    {
        if (TrackerRoles.Find(role) is not { } known)
            return AccountResult.Fail(UnknownRole(role));
        if (await users.FindByNameAsync(userName) is not { } user)
            return AccountResult.Fail(NoSuchUser(userName));
        var current = await users.GetRolesAsync(user);
        if (known != TrackerRoles.Admin && current.Contains(TrackerRoles.Admin) && await IsLastAdminAsync(user))
            return AccountResult.Fail($"{userName} is the only admin; make another admin first.");

        await roles.EnsureRolesAsync(cancellationToken);
        var removed = await users.RemoveFromRolesAsync(user, current.Where(r => r != known));
        if (!removed.Succeeded)
            return AccountResult.From(removed);
        if (!current.Contains(known) && await users.AddToRoleAsync(user, known) is { Succeeded: false } added)
            return AccountResult.From(added);
        // A new stamp ends the user's sessions at their next check, so nobody keeps a role they no longer have.
        return AccountResult.From(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Deletes the account; what the audit says this user did keeps their name.</summary>
    public async Task<AccountResult> RemoveAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
            return AccountResult.Fail(NoSuchUser(userName));
        if (await users.IsInRoleAsync(user, TrackerRoles.Admin) && await IsLastAdminAsync(user))
            return AccountResult.Fail($"{userName} is the only admin; make another admin first.");
        return AccountResult.From(await users.DeleteAsync(user));
    }

    /// <summary>Ends a lockout now and forgets the failed attempts.</summary>
    public async Task<AccountResult> UnlockAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
            return AccountResult.Fail(NoSuchUser(userName));
        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        return unlocked.Succeeded ? AccountResult.From(await users.ResetAccessFailedCountAsync(user)) : AccountResult.From(unlocked);
    }

    /// <summary>Gives the account a new password (checked by the same rules), which also ends its open sessions.</summary>
    public async Task<AccountResult> SetPasswordAsync(string userName, string password)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
            return AccountResult.Fail(NoSuchUser(userName));
        foreach (var validator in users.PasswordValidators)
        {
            if (await validator.ValidateAsync(users, user, password) is { Succeeded: false } refused)
                return AccountResult.From(refused);
        }

        var removed = await users.RemovePasswordAsync(user);
        return removed.Succeeded ? AccountResult.From(await users.AddPasswordAsync(user, password)) : AccountResult.From(removed);
    }

    public async Task<bool> AnyAdminAsync() => (await users.GetUsersInRoleAsync(TrackerRoles.Admin)).Count > 0;

    private async Task<bool> IsLastAdminAsync(IdentityUser user) =>
        (await users.GetUsersInRoleAsync(TrackerRoles.Admin)).All(u => u.Id == user.Id);

    private static string UnknownRole(string role) => $"'{role}' is not a role. Roles: {string.Join(", ", TrackerRoles.All)}.";

    private static string NoSuchUser(string userName) => $"there is no user {userName}.";
}

/// <summary>Whether an account change was made, and if not, why, in sentences a person can act on.</summary>
public sealed record AccountResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static AccountResult Ok { get; } = new(true, []);

    public static AccountResult Fail(string error) => new(false, [error]);

    public static AccountResult From(IdentityResult result) => new(result.Succeeded, [.. result.Errors.Select(e => e.Description)]);
}
