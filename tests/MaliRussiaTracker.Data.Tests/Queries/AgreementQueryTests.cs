using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Agreements;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Testing.Databases;

namespace MaliRussiaTracker.Data.Tests.Queries;

public abstract class AgreementQueryTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly BrowsingTestData _data = new();
    private readonly Dictionary<string, long> _articles = [];
    private Actor _party = null!;

    private AgreementQuery Query => new(database.Contexts);

    private string Accord => _data.Key("accord");

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        _party = _data.Actor("Partie");
        // Stored out of order: the page puts them in date order.
        var accord = new Agreement
        {
            Key = Accord, Title = _data.Outlet("Accord de coopération"), Parties = [_party],
            Milestones =
            [
                new AgreementMilestone { Date = PartialDate.OfMonth(2025, 1), Description = "En vigueur" },
                new AgreementMilestone { Date = PartialDate.OfMonth(2024, 4), Description = "Validé" },
                new AgreementMilestone { Date = PartialDate.OfDay(2024, 7, 4), Description = "Ratifié" },
            ],
        };
        var articles = new Dictionary<string, Article>
        {
            ["ratification"] = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2024, 7, 5)),
            ["in-force"] = BrowsingTestData.Article(_data.Outlet("Courrier"), new DateOnly(2025, 1, 20)),
            ["rejected"] = BrowsingTestData.Article(_data.Outlet("Gazette"), new DateOnly(2024, 7, 6)),
        };
        articles["ratification"].Mentions.Add(BrowsingTestData.Mentions(accord));
        articles["ratification"].DatedFacts.AddRange([BrowsingTestData.Dates("2024-07-04"), BrowsingTestData.Dates("2024-04-18")]);
        articles["in-force"].Mentions.Add(BrowsingTestData.Mentions(accord, ReviewState.Confirmed));
        // « en 2024 » is coarser than every milestone: it dates none of them.
        articles["in-force"].DatedFacts.AddRange([BrowsingTestData.Dates("2025-01"), BrowsingTestData.Dates("2024")]);
        articles["rejected"].Mentions.Add(BrowsingTestData.Mentions(accord, ReviewState.Rejected));
        articles["rejected"].DatedFacts.Add(BrowsingTestData.Dates("2024-07-04"));
        db.Articles.AddRange(articles.Values);
        await db.SaveChangesAsync();
        await BrowsingTestData.RecountAsync(db, articles.Values);
        foreach (var (name, article) in articles)
            _articles[name] = article.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Milestones_come_in_date_order_each_with_the_articles_that_date_something_inside_it()
    {
        var view = await Query.GetAsync(Accord, CancellationToken.None);

        Assert.NotNull(view);
        Assert.Equal(["2024-04", "2024-07-04", "2025-01"], view.Milestones.Select(m => m.Date.ToString()));
        Assert.Equal(
            [[_articles["ratification"]], [_articles["ratification"]], [_articles["in-force"]]],
            view.Milestones.Select(m => m.Sources.Select(s => s.Id).ToArray()));
    }

    [Fact]
    public async Task The_articles_behind_an_agreement_leave_out_a_rejected_mention_and_its_parties_are_named()
    {
        var view = await Query.GetAsync(Accord, CancellationToken.None);

        Assert.NotNull(view);
        Assert.Equal([_articles["ratification"], _articles["in-force"]], view.Articles.Select(a => a.Id));
        Assert.Equal([(_party.Slug, _party.Name)], view.Parties.Select(p => (p.Slug, p.Name)));
        Assert.Null(await Query.GetAsync(_data.Key("nothing"), CancellationToken.None));
    }

    [Fact]
    public async Task The_list_gives_the_span_of_the_milestones()
    {
        var row = Assert.Single((await Query.ListAsync(new TimelineFilter { Actors = [_party.Slug] }, 0, 10, CancellationToken.None)).Rows);

        Assert.Equal((Accord, "2024-04", "2025-01", 3), (row.Key, row.First?.ToString(), row.Last?.ToString(), row.Milestones));
    }

    [Fact]
    public async Task A_date_range_keeps_an_agreement_only_where_one_milestone_overlaps_it()
    {
        var between = await Query.ListAsync(new TimelineFilter { Text = _data.Suffix, From = new DateOnly(2024, 8, 1), To = new DateOnly(2024, 12, 31) }, 0, 10, CancellationToken.None);
        var july = await Query.ListAsync(new TimelineFilter { Text = _data.Suffix, From = new DateOnly(2024, 7, 1), To = new DateOnly(2024, 7, 31) }, 0, 10, CancellationToken.None);

        Assert.Empty(between.Rows);
        Assert.Equal([Accord], july.Rows.Select(r => r.Key));
    }

    [Fact]
    public async Task An_outlet_keeps_the_agreements_its_articles_mention()
    {
        var courrier = await Query.ListAsync(new TimelineFilter { Outlet = _data.Outlet("Courrier") }, 0, 10, CancellationToken.None);
        var nobody = await Query.ListAsync(new TimelineFilter { Outlet = _data.Outlet("Personne") }, 0, 10, CancellationToken.None);

        Assert.Equal([Accord], courrier.Rows.Select(r => r.Key));
        Assert.Equal(0, nobody.Total);
    }
}

public sealed class AgreementQueryTestsOnSqlite(SqliteDatabaseFixture database) : AgreementQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class AgreementQueryTestsOnPostgres(PostgresDatabaseFixture database) : AgreementQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
