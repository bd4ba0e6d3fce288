using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Review;

public abstract class ReviewQueueQueryTests(DatabaseFixture database)
{
    [Fact]
    public async Task An_article_waits_in_the_queue_until_every_suggestion_is_decided()
    {
        var article = await ReviewedArticle.TakeInAsync(database);
        Assert.Contains(article.Id, await QueueAsync(notRelevantToo: false));
        var waiting = (await Queue.GetAsync(false, 0, 1000, CancellationToken.None)).Rows.Single(r => r.ArticleId == article.Id);
        Assert.Equal(article.Findings.Count, waiting.Waiting);

        var decisions = article.Findings.Select(f => (ReviewDecision)new ConfirmFinding(f.Kind, f.Id)).ToList();
        await database.Services.GetRequiredService<ArticleReviewer>().ApplyAsync(article.Snapshot, decisions, "awa", CancellationToken.None);

        Assert.DoesNotContain(article.Id, await QueueAsync(notRelevantToo: true));
    }

    [Fact]
    public async Task An_article_an_editor_found_not_relevant_waits_apart()
    {
        var article = await ReviewedArticle.TakeInAsync(database);

        await database.Services.GetRequiredService<ArticleReviewer>().ApplyAsync(article.Snapshot, [new SetRelevance(false)], "awa", CancellationToken.None);

        Assert.DoesNotContain(article.Id, await QueueAsync(notRelevantToo: false));
        Assert.Contains(article.Id, await QueueAsync(notRelevantToo: true));
    }

    [Fact]
    public async Task Relevant_articles_come_before_the_others_and_the_most_relevant_first()
    {
        var military = await ReviewedArticle.TakeInAsync(database);
        var football = await ReviewedArticle.TakeInAsync(database, """
            Bamako, le 2 février 2026 – Le Mali a accueilli un tournoi de football. Le ministre des Sports a parlé de la Russie
            et du Niger : « Nous attendons beaucoup de supporters venus de partout », a-t-il dit.
            """);

        var rows = (await Queue.GetAsync(true, 0, 1000, CancellationToken.None)).Rows;

        var ids = rows.Select(r => r.ArticleId).ToList();
        Assert.Equal((true, false), (military.IsRelevant, football.IsRelevant));
        Assert.True(ids.IndexOf(military.Id) < ids.IndexOf(football.Id));
        var relevant = rows.Where(r => r.IsRelevant != false).Select(r => r.Relevance).ToList();
        Assert.Equal(relevant.OrderDescending(), relevant);
    }

    private ReviewQueueQuery Queue => database.Services.GetRequiredService<ReviewQueueQuery>();

    private async Task<List<long>> QueueAsync(bool notRelevantToo) =>
        [.. (await Queue.GetAsync(notRelevantToo, 0, 1000, CancellationToken.None)).Rows.Select(r => r.ArticleId)];
}

public sealed class ReviewQueueQueryTestsOnSqlite(SqliteDatabaseFixture database) : ReviewQueueQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ReviewQueueQueryTestsOnPostgres(PostgresDatabaseFixture database) : ReviewQueueQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
