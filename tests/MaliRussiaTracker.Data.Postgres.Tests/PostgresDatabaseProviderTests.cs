using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Postgres.Tests;

public sealed class PostgresDatabaseProviderTests(EmptyPostgresDatabaseFixture database) : IClassFixture<EmptyPostgresDatabaseFixture>
{
    [Fact]
    public async Task Two_instances_migrating_one_database_at_once_both_succeed_and_the_schema_is_made_once()
    {
        await using var other = DatabaseFixture.BuildServices(database.Settings);

        await Task.WhenAll(
            database.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None),
            other.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));

        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void Without_a_connection_string_start_fails_saying_which_setting_to_give()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseFixture.BuildServices(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres" }));

        Assert.Contains("ConnectionStrings__Tracker", error.Message, StringComparison.Ordinal);
    }
}
