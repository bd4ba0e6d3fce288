using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Queries;

// A database of this class's own: the home page lists the latest articles of all, so no other test may add any.
public abstract class HomeQueryTests(DatabaseFixture database)
{
    [Fact]
    public async Task The_latest_articles_are_the_newest_published_first_whatever_order_they_came_in_and_the_undated_last()
    {
        await using (var db = database.NewContext())
        {
            // Stored in this order, so neither the order of arrival nor the ids give the expected one.
            foreach (var (title, published) in new (string, DateOnly?)[]
            {
                ("avril", new DateOnly(2025, 4, 3)), ("sans date", null), ("novembre", new DateOnly(2025, 11, 11)), ("juin", new DateOnly(2025, 6, 23)),
            })
            {
                db.Articles.Add(new Article
                {
                    ContentHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), RawText = title, CleanText = title, Title = title,
                    Published = published, ReceivedAt = new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero),
                });
                await db.SaveChangesAsync();
            }
        }

        var view = await database.Services.GetRequiredService<HomeQuery>().GetAsync(10, 10, withCandidates: false, CancellationToken.None);
        var fewer = await database.Services.GetRequiredService<HomeQuery>().GetAsync(10, 2, withCandidates: false, CancellationToken.None);

        Assert.Equal(["novembre", "juin", "avril", "sans date"], view.Articles.Select(a => a.Title));
        Assert.Equal(["novembre", "juin"], fewer.Articles.Select(a => a.Title));
        Assert.Equal(4, view.ArticleCount);
    }
}

public sealed class HomeQueryTestsOnSqlite(SqliteDatabaseFixture database) : HomeQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class HomeQueryTestsOnPostgres(PostgresDatabaseFixture database) : HomeQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
