using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Sqlite.Tests;

public sealed class SqliteDatabaseProviderTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task The_migrated_file_uses_write_ahead_logging_and_enforces_foreign_keys()
    {
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys;"));
    }

    [Fact]
    public async Task Without_a_connection_string_the_database_is_a_file_created_under_the_data_folder()
    {
        var folder = Path.Combine(database.DataFolder, "fresh", "nested");
        await using var services = DatabaseFixture.BuildServices(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite",
            ["Database:DataFolder"] = folder,
        });

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(folder, "tracker.db")));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void An_unknown_provider_fails_at_start_naming_the_known_ones()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseFixture.BuildServices(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" }));

        Assert.Contains("'Oracle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite, Postgres", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
