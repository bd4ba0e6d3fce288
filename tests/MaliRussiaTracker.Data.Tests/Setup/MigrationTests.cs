using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Setup;

public abstract class MigrationTests(DatabaseFixture emptyDatabase)
{
    [Fact]
    public async Task Migrating_an_empty_database_applies_every_migration_once()
    {
        var migrator = emptyDatabase.Services.GetRequiredService<DatabaseMigrator>();

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        await using var db = emptyDatabase.NewContext();
        Assert.NotEmpty(first);
        Assert.Equal(db.Database.GetMigrations(), first);
        Assert.Empty(second);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public void The_migrations_hold_every_change_of_the_model()
    {
        using var db = emptyDatabase.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes that no {emptyDatabase.ProviderName} migration holds: run dotnet ef migrations add for this provider.");
    }
}

public sealed class MigrationTestsOnSqlite(EmptySqliteDatabaseFixture database) : MigrationTests(database), IClassFixture<EmptySqliteDatabaseFixture>;

public sealed class MigrationTestsOnPostgres(EmptyPostgresDatabaseFixture database) : MigrationTests(database), IClassFixture<EmptyPostgresDatabaseFixture>;
