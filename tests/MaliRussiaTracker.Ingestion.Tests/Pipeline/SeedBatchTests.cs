using System.IO.Compression;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Setup;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion.Tests.Pipeline;

/// <summary>The five seed articles imported as one batch, through the whole path: read, analyse, store, cluster.</summary>
public abstract class SeedBatchTests(DatabaseFixture database) : IAsyncLifetime
{
    private Dictionary<string, Article> _byFile = [];

    public async Task InitializeAsync()
    {
        await database.Services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);
        var zip = Path.Combine(Path.GetTempPath(), $"seeds-{Guid.NewGuid():N}.zip");
        try
        {
            ZipFile.CreateFromDirectory(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds"), zip);
            var batch = await database.Services.GetRequiredService<ImportService>().ImportAsync(zip, "test", null, CancellationToken.None);
            await using var db = database.NewContext();
            var items = await db.ImportItems.Where(i => i.ImportBatchId == batch.Id).Include(i => i.Article!).ThenInclude(a => a.Mentions).ToListAsync();
            _byFile = items.ToDictionary(i => i.Reference.Replace("entry ", "", StringComparison.Ordinal)[..3], i => i.Article!);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void The_two_tellings_of_the_Moscow_meeting_share_a_story_and_the_others_stand_alone()
    {
        Assert.Equal(5, _byFile.Count);
        Assert.Equal(_byFile["000"].StoryId, _byFile["003"].StoryId);
        Assert.Equal(4, _byFile.Values.Select(a => a.StoryId).Distinct().Count());
    }

    [Fact]
    public async Task The_Moscow_meeting_is_backed_by_two_stories_and_the_May_accords_rest_on_a_single_source()
    {
        await using var db = database.NewContext();
        var meeting = await db.Events.SingleAsync(e => e.Key == "moscow-quadripartite-2025-04");
        var accords = await db.Events.SingleAsync(e => e.Key == "mali-russia-accords-2025-05");

        Assert.Equal(2, meeting.Sources.Stories);
        Assert.Equal(3, meeting.Sources.Articles);
        Assert.False(meeting.Sources.IsSingleSource);
        Assert.Equal(1, accords.Sources.Stories);
        Assert.True(accords.Sources.IsSingleSource);
    }

    [Fact]
    public async Task An_article_that_prints_no_date_takes_its_storys()
    {
        await using var db = database.NewContext();
        var undated = await db.Articles.SingleAsync(a => a.Id == _byFile["003"].Id);

        Assert.Equal(PartialDate.OfDay(2025, 4, 3), undated.MainDate);
        Assert.Equal(ArticleStatus.Analysed, undated.Status);
    }

    [Fact]
    public async Task Findings_are_stored_as_suggestions_with_their_evidence_in_the_clean_text()
    {
        await using var db = database.NewContext();
        var article = await db.Articles.Include(a => a.Mentions).ThenInclude(m => m.Actor).Include(a => a.Quotes).ThenInclude(q => q.Speaker).Include(a => a.DatedFacts)
            .AsSplitQuery().SingleAsync(a => a.Id == _byFile["000"].Id);

        var lavrov = Assert.Single(article.Mentions, m => m.Actor?.Slug == "sergei-lavrov");
        Assert.Equal(ReviewState.Suggested, lavrov.State);
        Assert.Equal(lavrov.Evidence, article.CleanText[lavrov.Start..lavrov.End]);
        Assert.Contains(article.Mentions, m => m.Actor?.Slug == "abdoulaye-diop" && m.Evidence.Contains("Diop", StringComparison.Ordinal));
        Assert.Contains(article.Quotes, q => q.Speaker?.Slug == "sergei-lavrov" && article.CleanText[q.Start..q.End] == q.Text);
        Assert.Contains(article.DatedFacts, f => f.Date == PartialDate.OfDay(2025, 4, 3));
    }
}

public sealed class SeedBatchTestsOnSqlite(SqliteDatabaseFixture database) : SeedBatchTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class SeedBatchTestsOnPostgres(PostgresDatabaseFixture database) : SeedBatchTests(database), IClassFixture<PostgresDatabaseFixture>;
