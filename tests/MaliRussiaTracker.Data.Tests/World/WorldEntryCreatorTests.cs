using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.World;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.World;

public abstract class WorldEntryCreatorTests(DatabaseFixture database)
{
    private WorldEntryCreator Creator => database.Services.GetRequiredService<WorldEntryCreator>();

    [Fact]
    public async Task Entries_made_by_hand_are_confirmed_audited_and_a_second_of_one_name_gets_its_own_key()
    {
        var name = $"Africa Corps {Guid.NewGuid():N}"[..24];

        var first = await Creator.CreateAsync(new NewEntry(NewEntryKind.Organisation, name), "awa", CancellationToken.None);
        var second = await Creator.CreateAsync(new NewEntry(NewEntryKind.Organisation, name), "awa", CancellationToken.None);
        var ev = await Creator.CreateAsync(new NewEntry(NewEntryKind.Event, "Visite à Bamako " + name, PartialDate.Parse("2026-03-04")), "awa", CancellationToken.None);
        var agreement = await Creator.CreateAsync(new NewEntry(NewEntryKind.Agreement, "Accord " + name), "awa", CancellationToken.None);

        Assert.Equal($"{first}-2", second);
        await using var db = database.NewContext();
        var actor = await db.Actors.SingleAsync(a => a.Slug == first);
        Assert.Equal((name, ActorKind.Organisation, EntryStatus.Confirmed), (actor.Name, actor.Kind, actor.Status));
        Assert.Equal(EntryStatus.Confirmed, (await db.Events.SingleAsync(e => e.Key == ev)).Status);
        Assert.StartsWith("2026-03-04-", ev, StringComparison.Ordinal);
        Assert.Equal(EntryStatus.Confirmed, (await db.Agreements.SingleAsync(a => a.Key == agreement)).Status);
        Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.Action == "created" && new[] { first, second, ev, agreement }.Contains(a.EntityKey)));
    }

    [Fact]
    public async Task An_event_without_a_date_or_an_entry_without_a_name_is_refused()
    {
        await Assert.ThrowsAsync<WorldEditException>(() => Creator.CreateAsync(new NewEntry(NewEntryKind.Event, "Visite"), "awa", CancellationToken.None));
        await Assert.ThrowsAsync<WorldEditException>(() => Creator.CreateAsync(new NewEntry(NewEntryKind.Person, "  "), "awa", CancellationToken.None));
    }
}

public sealed class WorldEntryCreatorTestsOnSqlite(SqliteDatabaseFixture database) : WorldEntryCreatorTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class WorldEntryCreatorTestsOnPostgres(PostgresDatabaseFixture database) : WorldEntryCreatorTests(database), IClassFixture<PostgresDatabaseFixture>;
