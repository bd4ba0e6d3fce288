using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Articles;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Data.Tests.Queries;

public abstract class ArticlesQueryTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly Dictionary<string, long> _ids = [];
    private string _outlet = "";

    private ArticlesQuery Query => database.Services.GetRequiredService<ArticlesQuery>();

    public async Task InitializeAsync()
    {
        // Each test instance adds its own articles under an outlet of its own, and looks only at them.
        _outlet = "Journal " + Guid.NewGuid().ToString("N")[..8];
        await using var db = database.NewContext();
        var diop = await db.Actors.FirstOrDefaultAsync(a => a.Slug == "query-diop") ?? db.Actors.Add(new Actor { Slug = "query-diop", Name = "Abdoulaye Diop" }).Entity;
        var articles = new Dictionary<string, Article>
        {
            ["april"] = New("Abdoulaye Diop reçu à Moscou par le chef de la diplomatie russe.", "Diop à Moscou", new DateOnly(2025, 4, 3)),
            ["june"] = New("Le colonel Assimi Goïta au Kremlin pour une visite officielle.", "Goïta au Kremlin", new DateOnly(2025, 6, 23)),
            ["november"] = New("Une délégation militaire russe au salon BAMEX à Bamako.", "BAMEX 2025", new DateOnly(2025, 11, 11)),
        };
        articles["april"].Mentions.Add(new Mention { Kind = MentionKind.Actor, Actor = diop, Evidence = "Abdoulaye Diop" });
        articles["june"].Mentions.Add(new Mention { Kind = MentionKind.Actor, Actor = diop, Evidence = "Diop", State = ReviewState.Rejected });
        db.Articles.AddRange(articles.Values);
        await db.SaveChangesAsync();
        foreach (var (key, article) in articles)
            _ids[key] = article.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Newest_first_by_default_and_oldest_first_on_request()
    {
        Assert.Equal(["november", "june", "april"], await KeysAsync(new ArticleFilter { Outlet = _outlet }));
        Assert.Equal(["april", "june", "november"], await KeysAsync(new ArticleFilter { Outlet = _outlet, Sort = ArticleSort.Oldest }));
        Assert.Equal(["november", "april", "june"], await KeysAsync(new ArticleFilter { Outlet = _outlet, Sort = ArticleSort.Title }));
    }

    [Fact]
    public async Task Search_an_actor_and_a_day_range_narrow_the_list()
    {
        Assert.Equal(["june"], await KeysAsync(new ArticleFilter { Outlet = _outlet, Text = "kremlin goita" }));
        Assert.Equal(["april"], await KeysAsync(new ArticleFilter { Outlet = _outlet, Actors = ["query-diop"] }));
        Assert.Equal(["june"], await KeysAsync(new ArticleFilter { Outlet = _outlet, From = new DateOnly(2025, 5, 1), To = new DateOnly(2025, 10, 31) }));
    }

    [Fact]
    public async Task A_page_holds_its_share_and_the_total_counts_them_all()
    {
        var page = await Query.GetAsync(new ArticleFilter { Outlet = _outlet }, 1, 1, CancellationToken.None);

        Assert.Equal(3, page.Total);
        Assert.False(page.TotalIsLowerBound);
        Assert.Equal(_ids["june"], Assert.Single(page.Rows).Id);
    }

    [Fact]
    public async Task Past_the_count_limit_the_total_is_a_lower_bound_and_later_pages_still_come()
    {
        var limitedToTwo = QueryCountingUpTo(2);

        var first = await limitedToTwo.GetAsync(new ArticleFilter { Outlet = _outlet }, 0, 2, CancellationToken.None);
        var last = await limitedToTwo.GetAsync(new ArticleFilter { Outlet = _outlet }, 2, 2, CancellationToken.None);

        Assert.Equal((2, true), (first.Total, first.TotalIsLowerBound));
        Assert.Equal([_ids["november"], _ids["june"]], first.Rows.Select(r => r.Id));
        Assert.Equal(_ids["april"], Assert.Single(last.Rows).Id);
    }

    [Fact]
    public async Task A_match_set_exactly_at_the_count_limit_is_counted_exactly()
    {
        var page = await QueryCountingUpTo(3).GetAsync(new ArticleFilter { Outlet = _outlet }, 0, 50, CancellationToken.None);

        Assert.Equal((3, false), (page.Total, page.TotalIsLowerBound));
    }

    private ArticlesQuery QueryCountingUpTo(int limit) => new(
        database.Contexts, database.Services.GetRequiredService<IDatabaseProvider>(),
        Options.Create(new ArticleListOptions { CountLimit = limit }));

    private async Task<List<string>> KeysAsync(ArticleFilter filter)
    {
        var page = await Query.GetAsync(filter, 0, 50, CancellationToken.None);
        return [.. page.Rows.Select(r => _ids.Single(i => i.Value == r.Id).Key)];
    }

    private Article New(string text, string title, DateOnly published) => new()
    {
        ContentHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), RawText = text, CleanText = text, Title = title, Outlet = _outlet,
        Published = published, OwnDay = published, MainDate = PartialDate.OfDay(published), ReceivedAt = new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero),
    };
}

public sealed class ArticlesQueryTestsOnSqlite(SqliteDatabaseFixture database) : ArticlesQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticlesQueryTestsOnPostgres(PostgresDatabaseFixture database) : ArticlesQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
