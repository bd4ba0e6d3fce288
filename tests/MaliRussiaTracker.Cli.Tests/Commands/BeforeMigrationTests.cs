using MaliRussiaTracker.Testing.Databases;

namespace MaliRussiaTracker.Cli.Tests.Commands;

/// <summary>A fresh data folder has no tables: every command that needs them says to migrate, and changes nothing.</summary>
public abstract class BeforeMigrationTests(DatabaseFixture emptyDatabase)
{
    [Theory]
    [InlineData("import", "BATCH")]
    [InlineData("feed", "list")]
    [InlineData("feed", "add", "https://flux.example/rss.xml")]
    [InlineData("page", "add", "https://page.example/article")]
    [InlineData("reanalyze", "--all")]
    [InlineData("users", "list")]
    [InlineData("users", "remove", "ana")]
    [InlineData("seed")]
    public async Task A_command_on_a_database_never_migrated_says_to_migrate_in_one_line(params string[] args)
    {
        var batch = Path.Combine(Path.GetTempPath(), $"mrt-before-migration-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(batch, """{"url": "https://a.example/1", "text": "Bamako, le 2 mars 2026 – Le ministre a parlé de coopération militaire."}""" + "\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await CliApplication.RunAsync([.. args.Select(a => a == "BATCH" ? batch : a)], output, errors, emptyDatabase.Settings);

        File.Delete(batch);
        Assert.Equal(1, exitCode);
        Assert.Equal("mrt: the database lacks migrations (a new database has none); run 'mrt migrate' first.", errors.ToString().Trim());
        Assert.Equal("", output.ToString());
    }
}

public sealed class BeforeMigrationTestsOnSqlite(EmptySqliteDatabaseFixture database) : BeforeMigrationTests(database), IClassFixture<EmptySqliteDatabaseFixture>;

public sealed class BeforeMigrationTestsOnPostgres(EmptyPostgresDatabaseFixture database) : BeforeMigrationTests(database), IClassFixture<EmptyPostgresDatabaseFixture>;
