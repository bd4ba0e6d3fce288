using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Data.Setup;

/// <summary>Brings the schema up to date with the chosen provider's migrations; never creates it any other way.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<TrackerDbContext> contexts, IDatabaseProvider provider, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Applies what is pending and returns the names of the migrations it applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        // EF Core's own migration lock did not keep two PostgreSQL instances from applying one migration twice
        // (seen in a test); the provider's lock around the whole run does.
        await using (await provider.LockSchemaAsync(db, cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
                logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Migrations}", pending.Count, provider.Name, pending);
            await db.Database.MigrateAsync(cancellationToken);
            await provider.PrepareAsync(db, cancellationToken);
            return pending;
        }
    }
}
