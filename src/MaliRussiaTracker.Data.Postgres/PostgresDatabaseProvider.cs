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

    public Task PrepareAsync(TrackerDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
