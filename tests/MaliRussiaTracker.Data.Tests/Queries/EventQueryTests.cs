using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Events;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Testing.Databases;

namespace MaliRussiaTracker.Data.Tests.Queries;

public abstract class EventQueryTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly BrowsingTestData _data = new();
    private readonly Dictionary<string, long> _articles = [];
    private Actor _ana = null!;
    private Actor _bob = null!;

    private EventQuery Query => new(database.Contexts);

    private string Summit => _data.Key("summit");

    private string Exercise => _data.Key("exercise");

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        _ana = _data.Actor("Ana");
        _bob = _data.Actor("Bob");
        var place = new Place { Slug = _data.Key("town"), Name = _data.Outlet("Ville") };
        var summit = new Event { Key = Summit, Title = _data.Outlet("Sommet"), Date = PartialDate.Parse("2025-11-11/2025-11-14"), Place = place, Participants = [_bob, _ana] };
        var exercise = new Event { Key = Exercise, Title = _data.Outlet("Exercice"), Date = PartialDate.OfMonth(2025, 3), Participants = [_bob], Status = EntryStatus.Candidate };
        var articles = new Dictionary<string, Article>
        {
            ["confirmed"] = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2025, 11, 12)),
            ["suggested"] = BrowsingTestData.Article(_data.Outlet("Courrier"), new DateOnly(2025, 11, 13)),
            ["rejected"] = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2025, 11, 14)),
            ["other"] = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2025, 3, 2)),
            ["both"] = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2025, 11, 20)),
        };
        articles["confirmed"].Mentions.Add(BrowsingTestData.Mentions(summit, ReviewState.Confirmed));
        articles["confirmed"].Quotes.Add(new Quote { Text = "Nous avons beaucoup travaillé ensemble", Speaker = _ana, Start = 10 });
        articles["suggested"].Mentions.Add(BrowsingTestData.Mentions(summit));
        articles["suggested"].Quotes.Add(new Quote { Text = "Un pas de plus vers Moscou", SpeakerName = "un diplomate" });
        articles["suggested"].Quotes.Add(new Quote { Text = "Une citation écartée par un éditeur", State = ReviewState.Rejected });
        articles["rejected"].Mentions.Add(BrowsingTestData.Mentions(summit, ReviewState.Rejected));
        articles["rejected"].Quotes.Add(new Quote { Text = "Ceci ne parle pas du sommet" });
        articles["other"].Mentions.Add(BrowsingTestData.Mentions(exercise));
        // An article about two events: only what the summit's own people say there is about the summit.
        articles["both"].Mentions.AddRange([BrowsingTestData.Mentions(summit), BrowsingTestData.Mentions(exercise)]);
        articles["both"].Quotes.Add(new Quote { Text = "Le sommet fut utile pour tous", Speaker = _bob, Start = 5 });
        articles["both"].Quotes.Add(new Quote { Text = "Une tout autre affaire entièrement", Speaker = _data.Actor("Carl"), Start = 50 });
        db.Articles.AddRange(articles.Values);
        await db.SaveChangesAsync();
        await BrowsingTestData.RecountAsync(db, articles.Values);
        foreach (var (name, article) in articles)
            _articles[name] = article.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_event_shows_its_date_place_participants_and_the_articles_behind_it_but_not_one_an_editor_rejected()
    {
        var view = await Query.GetAsync(Summit, CancellationToken.None);

        Assert.NotNull(view);
        Assert.Equal("2025-11-11/2025-11-14", view.Date.ToString());
        Assert.Equal(_data.Key("town"), view.Place?.Slug);
        Assert.Equal([_ana.Slug, _bob.Slug], view.Participants.Select(p => p.Slug));
        Assert.Equal([_articles["confirmed"], _articles["suggested"], _articles["both"]], view.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Quotes_come_from_the_articles_behind_the_event_and_where_an_article_tells_of_others_only_from_its_participants()
    {
        var view = await Query.GetAsync(Summit, CancellationToken.None);

        Assert.NotNull(view);
        Assert.Equal(
            [("Nous avons beaucoup travaillé ensemble", _ana.Slug, _ana.Name), ("Un pas de plus vers Moscou", null, "un diplomate"), ("Le sommet fut utile pour tous", _bob.Slug, _bob.Name)],
            view.Quotes.Select(q => (q.Text, q.SpeakerSlug, q.SpeakerName)));
    }

    [Fact]
    public async Task An_unknown_key_gives_nothing()
    {
        Assert.Null(await Query.GetAsync(_data.Key("nothing"), CancellationToken.None));
    }

    [Fact]
    public async Task The_list_narrows_like_the_timeline_and_keeps_date_order()
    {
        var bob = await Query.ListAsync(new TimelineFilter { Actors = [_bob.Slug], WithCandidates = true }, 0, 10, CancellationToken.None);
        var confirmed = await Query.ListAsync(new TimelineFilter { Actors = [_bob.Slug] }, 0, 10, CancellationToken.None);
        var byPlace = await Query.ListAsync(new TimelineFilter { Places = [_data.Key("town")], WithCandidates = true }, 0, 10, CancellationToken.None);
        var byOutlet = await Query.ListAsync(new TimelineFilter { Outlet = _data.Outlet("Courrier"), WithCandidates = true }, 0, 10, CancellationToken.None);
        var secondPage = await Query.ListAsync(new TimelineFilter { Text = _data.Suffix, WithCandidates = true }, 1, 1, CancellationToken.None);

        Assert.Equal([Exercise, Summit], bob.Rows.Select(r => r.Key));
        Assert.Equal(2, bob.Total);
        Assert.Equal([_ana.Slug, _bob.Slug], bob.Rows[1].Participants.Select(p => p.Slug));
        Assert.Equal([Summit], confirmed.Rows.Select(r => r.Key));
        Assert.Equal(1, confirmed.Total);
        Assert.Equal(EntryStatus.Candidate, bob.Rows[0].Status);
        Assert.Equal([Summit], byPlace.Rows.Select(r => r.Key));
        Assert.Equal([Summit], byOutlet.Rows.Select(r => r.Key));
        Assert.Equal([Summit], secondPage.Rows.Select(r => r.Key));
        Assert.Equal(2, secondPage.Total);
    }
}

public sealed class EventQueryTestsOnSqlite(SqliteDatabaseFixture database) : EventQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class EventQueryTestsOnPostgres(PostgresDatabaseFixture database) : EventQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
