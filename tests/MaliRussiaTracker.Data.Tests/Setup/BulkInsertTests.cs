using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Setup;

/// <summary>The provider's bulk road, which the intake stores a chunk's stories, articles and findings by.</summary>
public abstract class BulkInsertTests(DatabaseFixture database)
{
    private static readonly DateTimeOffset Received = new(2025, 6, 23, 9, 15, 0, TimeSpan.Zero);
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private IDatabaseProvider Provider => database.Services.GetRequiredService<IDatabaseProvider>();

    [Fact]
    public async Task Rows_inserted_with_their_keys_come_back_whole_and_can_be_pointed_to()
    {
        var story = new Story { Key = $"bulk-{_run}", Title = "Le sommet", MainDate = PartialDate.Parse("2025-06"), CreatedAt = Received };
        var articles = new List<Article>
        {
            NewArticle("premier", furniture: [new FurnitureSpan { Start = 14, End = 38, Kind = "related-articles" }, new FurnitureSpan { Start = 40, End = 52, Kind = "« éditeur » \"cité\"" }]),
            NewArticle("second", furniture: []),
        };
        await using (var db = database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Provider.InsertManyWithKeysAsync(db, [story], CancellationToken.None);
            articles.ForEach(a => a.StoryId = story.Id);
            await Provider.InsertManyWithKeysAsync(db, articles, CancellationToken.None);
            await Provider.InsertManyAsync(db, [new DatedFact { ArticleId = articles[0].Id, Date = PartialDate.OfMonth(2025, 4), Text = "en avril dernier", Start = 3, End = 19 }], CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.NotEqual(0, story.Id);
        Assert.All(articles, a => Assert.NotEqual(0, a.Id));
        await using var read = database.NewContext();
        var stored = await read.Articles.AsNoTracking().Include(a => a.Story).Include(a => a.DatedFacts)
            .Where(a => a.Id == articles[0].Id || a.Id == articles[1].Id).OrderBy(a => a.Title).ToListAsync();
        Assert.Equal([$"premier {_run}", $"second {_run}"], stored.Select(a => a.Title));
        Assert.All(stored, a => Assert.Equal((story.Id, "Le sommet"), (a.StoryId, a.Story?.Title)));
        Assert.Equal([(14, 38, "related-articles"), (40, 52, "« éditeur » \"cité\"")], stored[0].Furniture.Select(f => (f.Start, f.End, f.Kind)));
        Assert.Empty(stored[1].Furniture);
        Assert.Equal((Received, ArticleStatus.Analysed, "2025-11-11/2025-11-14"), (stored[0].ReceivedAt, stored[0].Status, stored[0].MainDate.ToString()));
        Assert.Equal("en avril dernier", Assert.Single(stored[0].DatedFacts).Text);
    }

    [Fact]
    public async Task Keys_taken_by_the_bulk_road_are_not_given_again_to_rows_saved_after_it()
    {
        var bulk = NewArticle("en bloc", furniture: []);
        var saved = NewArticle("un par un", furniture: []);
        await using var db = database.NewContext();
        await Provider.InsertManyWithKeysAsync(db, [bulk], CancellationToken.None);

        db.Articles.Add(saved);
        await db.SaveChangesAsync();

        Assert.True(saved.Id > bulk.Id, $"saved {saved.Id} after bulk {bulk.Id}");
    }

    [Fact]
    public async Task An_article_stored_by_the_bulk_road_is_found_by_the_search()
    {
        var article = NewArticle("recherche", furniture: []);
        article.CleanText = $"Une délégation russe reçue au palais de Koulouba {_run}.";
        await using (var db = database.NewContext())
            await Provider.InsertManyWithKeysAsync(db, [article], CancellationToken.None);

        await using var read = database.NewContext();
        Assert.Equal([article.Id], await Provider.SearchArticles(read, $"Koulouba {_run}").Select(a => a.Id).ToListAsync());
    }

    [Fact]
    public async Task One_row_refused_by_a_unique_index_stores_none_of_its_insert_and_says_so_as_SaveChanges_would()
    {
        var first = NewArticle("premier", furniture: []);
        await using (var db = database.NewContext())
            await Provider.InsertManyWithKeysAsync(db, [first], CancellationToken.None);
        var fresh = NewArticle("nouveau", furniture: []);
        var again = NewArticle("copie", furniture: []);
        again.ContentHash = first.ContentHash;

        await using (var db = database.NewContext())
            await Assert.ThrowsAsync<DbUpdateException>(() => Provider.InsertManyWithKeysAsync(db, [fresh, again], CancellationToken.None));

        await using var read = database.NewContext();
        Assert.False(await read.Articles.AnyAsync(a => a.Title == $"nouveau {_run}"));
    }

    private Article NewArticle(string title, List<FurnitureSpan> furniture) => new()
    {
        ContentHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), Title = $"{title} {_run}", RawText = "<p>brut</p>", CleanText = "Texte propre.",
        Furniture = furniture, MainDate = PartialDate.Parse("2025-11-11/2025-11-14"), Status = ArticleStatus.Analysed, ReceivedAt = Received, Version = Guid.NewGuid(),
    };
}

public sealed class BulkInsertTestsOnSqlite(SqliteDatabaseFixture database) : BulkInsertTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class BulkInsertTestsOnPostgres(PostgresDatabaseFixture database) : BulkInsertTests(database), IClassFixture<PostgresDatabaseFixture>;
