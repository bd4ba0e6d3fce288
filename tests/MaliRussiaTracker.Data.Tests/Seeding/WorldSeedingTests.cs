using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;
using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Seeding;

public abstract class WorldSeedingTests(DatabaseFixture database)
{
    private WorldSeeder Seeder => database.Services.GetRequiredService<WorldSeeder>();

    [Fact]
    public async Task Seeds_every_entry_of_the_starting_world_with_its_links()
    {
        var world = StartingWorld.LoadEmbedded();
        await Seeder.SeedAsync(CancellationToken.None);

        await using var db = database.NewContext();
        Assert.Equal(world.Actors.Select(a => a.Slug).Order(), (await db.Actors.Select(a => a.Slug).ToListAsync()).Order());
        Assert.Equal(world.Events.Count, await db.Events.CountAsync());
        Assert.Equal(world.Agreements.Count, await db.Agreements.CountAsync());

        var bamex = await db.Events.Include(e => e.Place).Include(e => e.Participants).SingleAsync(e => e.Key == "bamex-2025");
        Assert.Equal(PartialDate.Parse("2025-11-11/2025-11-14"), bamex.Date);
        Assert.Equal("bamako", bamex.Place?.Slug);
        Assert.Contains(bamex.Participants, p => p.Slug == "assimi-goita");

        var diop = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == "abdoulaye-diop");
        Assert.Contains(diop.Aliases, a => a.Kind == AliasKind.Role && a.Text.Contains("diplomatie malienne", StringComparison.Ordinal));

        var moscou = await db.Places.Include(p => p.GovernmentActor).SingleAsync(p => p.Slug == "moscou");
        Assert.Equal("russia", moscou.GovernmentActor?.Slug);

        var agreement = await db.Agreements.Include(a => a.Milestones).SingleAsync(a => a.Key == "military-technical-cooperation-agreement");
        Assert.Equal(["2024-04", "2024-07-04", "2025-01"], agreement.Milestones.OrderBy(m => m.Date).Select(m => m.Date.ToString()));
    }

    [Fact]
    public async Task Seeding_twice_leaves_every_row_count_unchanged()
    {
        await Seeder.SeedAsync(CancellationToken.None);
        var before = await CountRowsAsync();

        var second = await Seeder.SeedAsync(CancellationToken.None);

        Assert.Equal(0, second.Total);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task An_editors_change_to_a_seeded_actor_survives_seeding_again()
    {
        await Seeder.SeedAsync(CancellationToken.None);
        await using (var db = database.NewContext())
        {
            var lavrov = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == "sergei-lavrov");
            lavrov.Name = "Sergueï Viktorovitch Lavrov";
            lavrov.Aliases.RemoveAll(a => a.Text == "Sergey Lavrov");
            var ev = await db.Events.SingleAsync(e => e.Key == "kremlin-visit-2025-06");
            ev.Title = "Goïta au Kremlin";
            await db.SaveChangesAsync();
        }

        await Seeder.SeedAsync(CancellationToken.None);

        await using var check = database.NewContext();
        var actor = await check.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == "sergei-lavrov");
        Assert.Equal("Sergueï Viktorovitch Lavrov", actor.Name);
        Assert.DoesNotContain(actor.Aliases, a => a.Text == "Sergey Lavrov");
        Assert.Equal("Goïta au Kremlin", (await check.Events.SingleAsync(e => e.Key == "kremlin-visit-2025-06")).Title);
    }

    [Fact]
    public async Task A_deleted_seeded_event_comes_back_and_nothing_else_moves()
    {
        await Seeder.SeedAsync(CancellationToken.None);
        await using (var db = database.NewContext())
        {
            db.Events.Remove(await db.Events.SingleAsync(e => e.Key == "traore-moscow-2025-05"));
            await db.SaveChangesAsync();
        }

        var report = await Seeder.SeedAsync(CancellationToken.None);

        Assert.Equal(new SeedReport(0, 0, 1, 0), report);
    }

    private async Task<string> CountRowsAsync()
    {
        await using var db = database.NewContext();
        return string.Join(", ",
            await db.Actors.CountAsync(), await db.ActorAliases.CountAsync(), await db.Places.CountAsync(),
            await db.Events.CountAsync(), await db.Agreements.CountAsync(), await db.AgreementMilestones.CountAsync(),
            await db.Events.SelectMany(e => e.Participants).CountAsync(), await db.Agreements.SelectMany(a => a.Parties).CountAsync());
    }
}

public sealed class WorldSeedingTestsOnSqlite(SqliteDatabaseFixture database) : WorldSeedingTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class WorldSeedingTestsOnPostgres(PostgresDatabaseFixture database) : WorldSeedingTests(database), IClassFixture<PostgresDatabaseFixture>;
