using MaliRussiaTracker.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>PostgreSQL for real deployments; it needs a connection string, there is no sensible default.</summary>
public sealed class PostgresDatabaseProvider : IDatabaseProvider
{
    public string Name => "Postgres";

    public bool IsEmbedded => false;

    public string DefaultConnectionString(DatabaseOptions options) => throw new InvalidOperationException(
        $"Database:Provider is {Name} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set; " +
        $"set ConnectionStrings__{DatabaseOptions.ConnectionStringName}=\"Host=…;Port=5432;Database=…;Username=…;Password=…\".");

    public void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabaseProvider).Assembly));

    /// <summary>An advisory lock of the session: released on dispose, or by the server if the process dies.</summary>
    public async Task<IAsyncDisposable> LockSchemaAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({SchemaLockKey})", cancellationToken);
        return new AdvisoryLock(db);
    }

    // Any constant works as long as nothing else in the database uses it; this one spells "MRT" in ASCII.
    private const long SchemaLockKey = 0x4D5254;

    private sealed class AdvisoryLock(TrackerDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({SchemaLockKey})");
    }

    public Task PrepareAsync(TrackerDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
