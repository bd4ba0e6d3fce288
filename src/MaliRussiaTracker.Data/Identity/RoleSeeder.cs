using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Identity;

/// <summary>
/// Inserts the roles that are missing, by name: as the starting world, never delete-and-reload, so a role's
/// id (and every user's membership) stays what it was.
/// </summary>
public sealed class RoleSeeder(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<IReadOnlyList<string>> EnsureRolesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var present = await db.Roles.Select(r => r.NormalizedName).ToListAsync(cancellationToken);
        var missing = TrackerRoles.All.Where(r => !present.Contains(Normalise(r))).ToList();
        foreach (var role in missing)
            db.Roles.Add(new IdentityRole(role) { NormalizedName = Normalise(role), ConcurrencyStamp = Guid.NewGuid().ToString() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (missing.Count > 0)
        {
            // Another instance starting at the same moment inserted them first; the unique index kept one of each.
        }

        return missing;
    }

    // The same folding as Identity's UpperInvariantLookupNormalizer, which the stores look roles up by.
    private static string Normalise(string name) => name.ToUpperInvariant();
}
