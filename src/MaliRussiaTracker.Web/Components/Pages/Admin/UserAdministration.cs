using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Web.Components.Pages.Admin;

/// <summary>
/// The users page's changes: each in a scope of its own (Identity's stores hold a context, which must not live as
/// long as a circuit), and each that succeeds written to the audit under the admin's name.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock)
{
    public Task<AccountResult> AddAsync(string admin, string userName, string password, string role) =>
        RunAsync(admin, userName, "created", new { Role = role }, accounts => accounts.AddAsync(userName.Trim(), password, role, CancellationToken.None));

    public Task<AccountResult> SetRoleAsync(string admin, string userName, string role) =>
        RunAsync(admin, userName, "role", new { Role = role }, accounts => accounts.SetRoleAsync(userName, role, CancellationToken.None));

    public Task<AccountResult> UnlockAsync(string admin, string userName) =>
        RunAsync(admin, userName, "unlocked", null, accounts => accounts.UnlockAsync(userName));

    public Task<AccountResult> RemoveAsync(string admin, string userName) =>
        RunAsync(admin, userName, "removed", null, accounts => accounts.RemoveAsync(userName));

    private async Task<AccountResult> RunAsync(string admin, string userName, string action, object? after, Func<UserAccounts, Task<AccountResult>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await change(scope.ServiceProvider.GetRequiredService<UserAccounts>());
        if (result.Succeeded)
        {
            await using var db = await contexts.CreateDbContextAsync();
            // Passwords never go in the audit: only who did what to which account.
            AuditTrail.Record(db, new ChangeAuthor(admin, clock.GetUtcNow()), "User", userName, action, null, after);
            await db.SaveChangesAsync();
        }

        return result;
    }
}
