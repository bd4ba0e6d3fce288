using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Sourcing;
using MaliRussiaTracker.Data.Tests.Queries;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Tests.Sourcing;

/// <summary>
/// Two writers (two importers, or an importer and an editor) each store an article backing the same event and
/// count its sources again before committing. PostgreSQL lets them run side by side; SQLite runs one at a time.
/// </summary>
public sealed class ConcurrentRecountTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private readonly BrowsingTestData _data = new();

    [Fact]
    public async Task Two_writers_counting_one_event_at_once_leave_it_counted_with_both_articles()
    {
        var summit = new Event { Key = _data.Key("summit"), Title = "Sommet", Date = PartialDate.OfDay(2025, 11, 11) };
        await using (var setup = database.NewContext())
        {
            setup.Events.Add(summit);
            await setup.SaveChangesAsync();
        }

        // The first writer stores its article and counts, and has not committed when the second writer counts.
        await using var first = database.NewContext();
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        await AddBackingArticleAsync(first, summit.Id, _data.Outlet("Gazette"));
        await CorroborationCounter.RecountAsync(first, [summit.Id], [], CancellationToken.None);

        await using var second = database.NewContext();
        await using var secondTransaction = await second.Database.BeginTransactionAsync();
        await AddBackingArticleAsync(second, summit.Id, _data.Outlet("Courrier"));
        var secondCount = Task.Run(async () =>
        {
            await CorroborationCounter.RecountAsync(second, [summit.Id], [], CancellationToken.None);
            await secondTransaction.CommitAsync();
        });
        // Long enough for the second writer to reach the event while the first still holds it.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await firstTransaction.CommitAsync();
        await secondCount;

        await using var check = database.NewContext();
        var counted = await check.Events.AsNoTracking().SingleAsync(e => e.Id == summit.Id);
        Assert.Equal((2, 2), (counted.Sources.Articles, counted.Sources.Outlets));
        Assert.Equal(2, await check.EventOutlets.CountAsync(o => o.EventId == summit.Id));
    }

    private static async Task AddBackingArticleAsync(TrackerDbContext db, long eventId, string outlet)
    {
        var article = BrowsingTestData.Article(outlet);
        article.Mentions.Add(new Mention { Kind = MentionKind.Event, EventId = eventId, Evidence = "sommet", State = ReviewState.Suggested });
        db.Articles.Add(article);
        await db.SaveChangesAsync();
    }
}
