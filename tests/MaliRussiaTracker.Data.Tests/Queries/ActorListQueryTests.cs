using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Actors;
using MaliRussiaTracker.Testing.Databases;

namespace MaliRussiaTracker.Data.Tests.Queries;

public abstract class ActorListQueryTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly BrowsingTestData _data = new();

    private ActorQuery Query => new(database.Contexts);

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        var ana = _data.Actor("Ana");
        var bob = _data.Actor("Bob");
        var army = _data.Actor("Armee");
        army.Kind = ActorKind.Organisation;
        army.Aliases.Add(new ActorAlias { Text = $"FAMa {_data.Suffix}", Kind = AliasKind.Name });
        db.Actors.AddRange(ana, bob, army);
        // Twelve machine candidates, each seen in one article: more than a page of five.
        var candidates = Enumerable.Range(1, 12).Select(i =>
        {
            var candidate = _data.Actor($"Candidat{i:00}");
            candidate.Status = EntryStatus.Candidate;
            return candidate;
        }).ToList();
        db.Actors.AddRange(candidates);
        var first = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2025, 3, 1));
        first.Mentions.AddRange([BrowsingTestData.Mentions(bob), BrowsingTestData.Mentions(ana)]);
        var second = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2025, 3, 2));
        second.Mentions.Add(BrowsingTestData.Mentions(bob));
        db.Articles.AddRange(first, second);
        foreach (var candidate in candidates)
        {
            var article = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2025, 4, 1));
            article.Mentions.Add(BrowsingTestData.Mentions(candidate));
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_list_holds_the_confirmed_actors_unless_the_candidates_are_asked_for_and_its_total_is_theirs()
    {
        var confirmed = await Query.ListAsync(new ActorListFilter { Text = _data.Suffix }, 0, 50, CancellationToken.None);
        var with = await Query.ListAsync(new ActorListFilter { Text = _data.Suffix, Candidates = CandidateChoice.With }, 0, 50, CancellationToken.None);
        var only = await Query.ListAsync(new ActorListFilter { Text = _data.Suffix, Candidates = CandidateChoice.Only }, 0, 50, CancellationToken.None);

        Assert.Equal([_data.Key("bob"), _data.Key("ana"), _data.Key("armee")], confirmed.Rows.Select(r => r.Slug));
        Assert.Equal([2, 1, 0], confirmed.Rows.Select(r => r.Articles));
        Assert.Equal(3, confirmed.Total);
        Assert.Equal(15, with.Total);
        Assert.Equal(15, with.Rows.Count);
        Assert.Equal(12, with.Rows.Count(r => r.Status == EntryStatus.Candidate));
        Assert.Equal(12, only.Total);
        Assert.All(only.Rows, r => Assert.Equal(EntryStatus.Candidate, r.Status));
    }

    [Fact]
    public async Task A_search_finds_an_actor_by_an_alias_in_any_case_and_the_kind_narrows_the_list()
    {
        var byAlias = await Query.ListAsync(new ActorListFilter { Text = $"fama {_data.Suffix}".ToUpperInvariant() }, 0, 50, CancellationToken.None);
        var organisations = await Query.ListAsync(new ActorListFilter { Text = _data.Suffix, Kind = ActorKind.Organisation }, 0, 50, CancellationToken.None);

        Assert.Equal([_data.Key("armee")], byAlias.Rows.Select(r => r.Slug));
        Assert.Equal([_data.Key("armee")], organisations.Rows.Select(r => r.Slug));
        Assert.Equal(1, organisations.Total);
    }

    [Fact]
    public async Task Pages_put_together_give_the_whole_list_once_each_to_its_end()
    {
        var filter = new ActorListFilter { Text = _data.Suffix, Candidates = CandidateChoice.With };
        var whole = await Query.ListAsync(filter, 0, 50, CancellationToken.None);
        var pages = new List<ActorListRow>();
        for (var skip = 0; skip < whole.Total; skip += 5)
        {
            var page = await Query.ListAsync(filter, skip, 5, CancellationToken.None);
            Assert.Equal(whole.Total, page.Total);
            pages.AddRange(page.Rows);
        }

        Assert.Equal(whole.Rows.Select(r => r.Slug), pages.Select(r => r.Slug));
        Assert.Empty((await Query.ListAsync(filter, whole.Total, 5, CancellationToken.None)).Rows);
    }
}

public sealed class ActorListQueryTestsOnSqlite(SqliteDatabaseFixture database) : ActorListQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ActorListQueryTestsOnPostgres(PostgresDatabaseFixture database) : ActorListQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
