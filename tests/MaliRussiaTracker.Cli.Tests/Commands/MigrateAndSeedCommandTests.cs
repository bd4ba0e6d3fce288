using MaliRussiaTracker.Core.Gazetteer;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Cli.Tests.Commands;

public abstract class MigrateAndSeedCommandTests(DatabaseFixture emptyDatabase)
{
    [Fact]
    public async Task Seed_before_migrate_fails_and_says_to_migrate_then_both_succeed_and_seeding_again_adds_nothing()
    {
        var early = await RunAsync("seed");
        Assert.Equal(1, early.ExitCode);
        Assert.Contains("run 'mrt migrate' first", early.Errors, StringComparison.Ordinal);

        var migrate = await RunAsync("migrate");
        Assert.Equal(0, migrate.ExitCode);
        await using (var schema = emptyDatabase.NewContext())
            Assert.Contains($"Applied {schema.Database.GetMigrations().Count()} migration(s)", migrate.Output, StringComparison.Ordinal);
        Assert.Contains("up to date", (await RunAsync("migrate")).Output, StringComparison.Ordinal);

        var world = StartingWorld.LoadEmbedded();
        var seed = await RunAsync("seed", "--demo", "true");
        Assert.Equal(0, seed.ExitCode);
        Assert.Contains($"Added {world.Actors.Count} actor(s), {world.Places.Count} place(s), {world.Events.Count} event(s), {world.Agreements.Count} agreement(s) and 5 demo article(s).", seed.Output, StringComparison.Ordinal);

        var again = await RunAsync("seed", "--demo", "true");
        Assert.Contains("Added 0 actor(s), 0 place(s), 0 event(s), 0 agreement(s) and 0 demo article(s).", again.Output, StringComparison.Ordinal);
        await using var db = emptyDatabase.NewContext();
        Assert.Equal(world.Events.Count, await db.Events.CountAsync());
        Assert.Equal(5, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task An_unknown_provider_ends_with_a_one_line_message_naming_the_known_ones()
    {
        var result = await RunAsync(new Dictionary<string, string?> { ["Database:Provider"] = "MySql" }, "migrate");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("mrt: Database:Provider 'MySql' is not known. Known providers: Sqlite, Postgres.", result.Errors.Trim());
    }

    private Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);

    private async Task<CliResult> RunAsync(Dictionary<string, string?> overrides, params string[] args)
    {
        var settings = new Dictionary<string, string?>(emptyDatabase.Settings);
        foreach (var (key, value) in overrides)
            settings[key] = value;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, errors, settings);
        return new CliResult(exitCode, output.ToString(), errors.ToString());
    }

    private sealed record CliResult(int ExitCode, string Output, string Errors);
}

public sealed class MigrateAndSeedCommandTestsOnSqlite(EmptySqliteDatabaseFixture database) : MigrateAndSeedCommandTests(database), IClassFixture<EmptySqliteDatabaseFixture>;

public sealed class MigrateAndSeedCommandTestsOnPostgres(EmptyPostgresDatabaseFixture database) : MigrateAndSeedCommandTests(database), IClassFixture<EmptyPostgresDatabaseFixture>;
