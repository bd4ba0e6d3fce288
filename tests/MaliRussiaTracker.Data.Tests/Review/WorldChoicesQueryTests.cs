using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Review;

/// <summary>The choices an editor's correction and merge boxes offer for what was typed.</summary>
public abstract class WorldChoicesQueryTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public async Task InitializeAsync()
    {
        await database.Services.GetRequiredService<WorldSeeder>().SeedAsync(CancellationToken.None);
        await using var db = database.NewContext();
        db.Actors.Add(new Actor
        {
            Slug = $"anatoli-vorontsovski-{_run}", Name = $"Anatoli Vorontsovski {_run}", Kind = ActorKind.Person, Status = EntryStatus.Candidate,
            Aliases = [new ActorAlias { Text = $"Tolia {_run}", Kind = AliasKind.Name }],
        });
        // Confirmed, and after the candidate in the alphabet.
        db.Actors.Add(new Actor { Slug = $"zinaida-orlova-{_run}", Name = $"Zinaïda Orlova {_run}", Kind = ActorKind.Person, Status = EntryStatus.Confirmed });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<IReadOnlyList<WorldChoice>> FindAsync(FindingKind kind, string typed) =>
        database.Services.GetRequiredService<WorldChoicesQuery>().FindAsync(kind, typed, 20, CancellationToken.None);

    [Fact]
    public async Task Part_of_a_name_typed_in_any_case_offers_the_actor_of_that_name()
    {
        var choices = await FindAsync(FindingKind.Actor, "VORONTSOV");

        Assert.Contains(choices, c => c.Key == $"anatoli-vorontsovski-{_run}" && c.IsCandidate);
    }

    [Fact]
    public async Task An_alias_offers_its_actor()
    {
        Assert.Equal([$"anatoli-vorontsovski-{_run}"], (await FindAsync(FindingKind.Actor, $"tolia {_run}")).Select(c => c.Key));
    }

    [Fact]
    public async Task Confirmed_entries_come_before_candidates()
    {
        var choices = await FindAsync(FindingKind.Actor, _run);

        Assert.Equal([$"zinaida-orlova-{_run}", $"anatoli-vorontsovski-{_run}"], choices.Select(c => c.Key));
    }

    [Theory]
    [InlineData(FindingKind.Place, "bamako", "bamako")]
    [InlineData(FindingKind.Event, "quadripartite", "moscow-quadripartite-2025-04")]
    public async Task Places_and_events_are_offered_by_their_name_or_key(FindingKind kind, string typed, string expected)
    {
        Assert.Contains(await FindAsync(kind, typed), c => c.Key == expected);
    }
}

public sealed class WorldChoicesQueryTestsOnSqlite(SqliteDatabaseFixture database) : WorldChoicesQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class WorldChoicesQueryTestsOnPostgres(PostgresDatabaseFixture database) : WorldChoicesQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
