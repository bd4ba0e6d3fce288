using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Testing.Databases;

namespace MaliRussiaTracker.Data.Tests.Queries;

public abstract class ArticlesPerMonthQueryTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly BrowsingTestData _data = new();
    private Actor _actor = null!;

    private ArticlesPerMonthQuery Query => new(database.Contexts);

    private string Outlet => _data.Outlet("Gazette");

    private string Meeting => _data.Key("meeting");

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        _actor = _data.Actor("Ministre");
        var meeting = new Event { Key = Meeting, Title = _data.Outlet("Réunion"), Date = PartialDate.OfDay(2025, 4, 15), Participants = [_actor] };
        var march = BrowsingTestData.Article(Outlet, new DateOnly(2025, 3, 5));
        march.Mentions.Add(BrowsingTestData.Mentions(meeting));
        // No publication date: the article's own day places it.
        var ownDay = BrowsingTestData.Article(Outlet);
        ownDay.OwnDay = new DateOnly(2025, 3, 20);
        var may = BrowsingTestData.Article(Outlet, new DateOnly(2025, 5, 2));
        may.Mentions.Add(BrowsingTestData.Mentions(_actor));
        var june = BrowsingTestData.Article(Outlet, new DateOnly(2025, 6, 1));
        june.Mentions.Add(BrowsingTestData.Mentions(_actor, ReviewState.Rejected));
        var offTopic = BrowsingTestData.Article(Outlet, new DateOnly(2025, 3, 10));
        offTopic.IsRelevant = false;
        db.Articles.AddRange(march, ownDay, may, june, offTopic, BrowsingTestData.Article(Outlet));
        await db.SaveChangesAsync();
        await BrowsingTestData.RecountAsync(db, [march]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_month_from_the_first_to_the_last_is_counted_empty_ones_at_zero_with_the_events_and_the_undated_apart()
    {
        var chart = await Query.GetAsync(new TimelineFilter { Outlet = Outlet }, CancellationToken.None);

        Assert.Equal([(2025, 3, 2), (2025, 4, 0), (2025, 5, 1), (2025, 6, 1)], chart.Months.Select(m => (m.Year, m.Month, m.Articles)));
        Assert.Equal([Meeting], chart.Events.Select(e => e.Key));
        Assert.Equal(1, chart.Undated);
        Assert.Equal(0, chart.MoreEvents);
    }

    [Fact]
    public async Task An_actor_keeps_the_articles_that_mention_them_and_their_events_stretch_the_months()
    {
        var chart = await Query.GetAsync(new TimelineFilter { Outlet = Outlet, Actors = [_actor.Slug] }, CancellationToken.None);

        Assert.Equal([(2025, 4, 0), (2025, 5, 1)], chart.Months.Select(m => (m.Year, m.Month, m.Articles)));
        Assert.Equal([Meeting], chart.Events.Select(e => e.Key));
    }

    [Fact]
    public async Task A_date_range_narrows_the_articles_by_their_day()
    {
        var chart = await Query.GetAsync(new TimelineFilter { Outlet = Outlet, From = new DateOnly(2025, 3, 15), To = new DateOnly(2025, 5, 31) }, CancellationToken.None);

        Assert.Equal([(2025, 3, 1), (2025, 4, 0), (2025, 5, 1)], chart.Months.Select(m => (m.Year, m.Month, m.Articles)));
    }

    [Fact]
    public async Task Nothing_to_show_gives_no_months()
    {
        var chart = await Query.GetAsync(new TimelineFilter { Outlet = _data.Outlet("Personne") }, CancellationToken.None);

        Assert.Empty(chart.Months);
        Assert.Empty(chart.Events);
    }
}

public sealed class ArticlesPerMonthQueryTestsOnSqlite(SqliteDatabaseFixture database) : ArticlesPerMonthQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticlesPerMonthQueryTestsOnPostgres(PostgresDatabaseFixture database) : ArticlesPerMonthQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
