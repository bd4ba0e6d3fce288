using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Identity;

/// <summary>One account as an admin sees it: its roles, and whether it may sign in now.</summary>
public sealed record UserRow(string UserName, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil, int FailedSignIns);

/// <summary>The accounts and their roles, by name.</summary>
public sealed class UserListQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<IReadOnlyList<UserRow>> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.LockoutEnd, u.AccessFailedCount })
            .ToListAsync(cancellationToken);
        var memberships = await (from link in db.UserRoles
                                 join role in db.Roles on link.RoleId equals role.Id
                                 select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        var rolesOf = memberships.ToLookup(m => m.UserId, m => m.Name!);
        return [.. users.Select(u => new UserRow(u.UserName ?? "", [.. rolesOf[u.Id].OrderBy(r => r, StringComparer.Ordinal)], u.LockoutEnd, u.AccessFailedCount))];
    }
}
