using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Data.Sourcing;
using MaliRussiaTracker.Data.Tests.Queries;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Tests.Sourcing;

public abstract class SourceOutletsTests(DatabaseFixture database)
{
    private readonly BrowsingTestData _data = new();

    private string Gazette => _data.Outlet("Gazette");

    private string Courrier => _data.Outlet("Courrier");

    [Fact]
    public async Task An_outlet_backs_an_event_while_one_of_its_articles_mentions_it_unrejected()
    {
        await using var db = database.NewContext();
        var summit = new Event { Key = _data.Key("summit"), Title = "Sommet", Date = PartialDate.OfDay(2025, 11, 11) };
        var accord = new Agreement { Key = _data.Key("accord"), Title = "Accord" };
        var first = BrowsingTestData.Article(Gazette);
        var second = BrowsingTestData.Article(Gazette);
        var other = BrowsingTestData.Article(Courrier);
        first.Mentions.AddRange([BrowsingTestData.Mentions(summit), BrowsingTestData.Mentions(accord)]);
        second.Mentions.Add(BrowsingTestData.Mentions(summit));
        other.Mentions.AddRange([BrowsingTestData.Mentions(summit), BrowsingTestData.Mentions(accord)]);
        db.Articles.AddRange(first, second, other);
        await db.SaveChangesAsync();
        await CorroborationCounter.RecountAsync(db, [summit.Id], [accord.Id], CancellationToken.None);
        var before = await OutletsAsync(db, summit.Id, accord.Id);

        // An editor rejects the other outlet's mentions and one of the two of the first: only the first outlet is left.
        foreach (var mention in other.Mentions.Append(second.Mentions[0]))
            mention.State = ReviewState.Rejected;
        await db.SaveChangesAsync();
        await CorroborationCounter.RecountAsync(db, [summit.Id], [accord.Id], CancellationToken.None);
        await CorroborationCounter.RecountAsync(db, [summit.Id], [accord.Id], CancellationToken.None);
        var after = await OutletsAsync(db, summit.Id, accord.Id);

        Assert.Equal([Courrier, Gazette], before.Events);
        Assert.Equal([Courrier, Gazette], before.Agreements);
        Assert.Equal([Gazette], after.Events);
        Assert.Equal([Gazette], after.Agreements);
    }

    [Fact]
    public async Task The_timeline_by_outlet_follows_the_outlets_as_mentions_are_rejected()
    {
        await using var db = database.NewContext();
        var summit = new Event { Key = _data.Key("summit"), Title = "Sommet", Date = PartialDate.OfDay(2025, 11, 11) };
        var article = BrowsingTestData.Article(Courrier);
        article.Mentions.Add(BrowsingTestData.Mentions(summit));
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        await BrowsingTestData.RecountAsync(db, [article]);
        var timeline = new TimelineQuery(database.Contexts);
        var before = await timeline.GetAsync(new TimelineFilter { Outlet = Courrier }, 0, 10, CancellationToken.None);

        article.Mentions[0].State = ReviewState.Rejected;
        await db.SaveChangesAsync();
        await BrowsingTestData.RecountAsync(db, [article]);
        var after = await timeline.GetAsync(new TimelineFilter { Outlet = Courrier }, 0, 10, CancellationToken.None);

        Assert.Equal([summit.Key], before.Entries.Select(e => e.Key));
        Assert.Empty(after.Entries);
    }

    private static async Task<(List<string> Events, List<string> Agreements)> OutletsAsync(TrackerDbContext db, long eventId, long agreementId) => (
        await db.EventOutlets.Where(x => x.EventId == eventId).Select(x => x.Outlet).OrderBy(o => o).ToListAsync(),
        await db.AgreementOutlets.Where(x => x.AgreementId == agreementId).Select(x => x.Outlet).OrderBy(o => o).ToListAsync());
}

public sealed class SourceOutletsTestsOnSqlite(SqliteDatabaseFixture database) : SourceOutletsTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class SourceOutletsTestsOnPostgres(PostgresDatabaseFixture database) : SourceOutletsTests(database), IClassFixture<PostgresDatabaseFixture>;
