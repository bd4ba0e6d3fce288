using System.Text.Json;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion.Tests.Batches;

public abstract class ImportServiceTests(DatabaseFixture database) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mrt-import-").FullName;

    private readonly List<ServiceProvider> _instances = [];

    public void Dispose()
    {
        _instances.ForEach(s => s.Dispose());
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_import_cancelled_halfway_resumes_its_batch_and_every_item_ends_exactly_once()
    {
        var file = WriteJsonl("halfway.jsonl", 350, tag: "halfway");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Items >= ImportService.ChunkSize)
                cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NewService().ImportAsync(file, "test", progress, cancel.Token));
        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        await using var db = database.NewContext();
        var items = await db.ImportItems.Where(i => i.ImportBatchId == batch.Id).ToListAsync();
        Assert.Equal(ImportBatchStatus.Completed, batch.Status);
        Assert.Equal(Enumerable.Range(1, 350), items.Select(i => i.Position).Order());
        Assert.All(items, i => Assert.Equal(ImportOutcome.Imported, i.Outcome));
        Assert.Equal(350, await db.Articles.CountAsync(a => a.Url!.Contains("/halfway/")));
        Assert.Equal(1, await db.ImportBatches.CountAsync(b => b.FileHash == batch.FileHash));
        // Those stored before the stop are found by search too, whether or not their indexing was done when it came.
        Assert.Equal(350, await Search(db, "halfway").CountAsync());
    }

    [Fact]
    public async Task Importing_the_same_file_again_imports_nothing_twice()
    {
        var file = WriteJsonl("twice.jsonl", 30, tag: "twice");

        var first = await NewService().ImportAsync(file, "test", null, CancellationToken.None);
        var second = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        await using var db = database.NewContext();
        Assert.Equal(30, await db.Articles.CountAsync(a => a.Url!.Contains("/twice/")));
        Assert.Equal(30, await Search(db, "twice").CountAsync());
        Assert.Equal(30, await db.ImportItems.CountAsync(i => i.ImportBatchId == first.Id && i.Outcome == ImportOutcome.Imported));
        var again = await db.ImportItems.Where(i => i.ImportBatchId == second.Id).ToListAsync();
        Assert.Equal(30, again.Count);
        Assert.All(again, i => Assert.Equal(ImportOutcome.Duplicate, i.Outcome));
        Assert.All(again, i => Assert.NotNull(i.ArticleId));
    }

    [Fact]
    public async Task A_file_with_bad_items_imports_the_good_ones_and_keeps_a_reason_for_each_bad_one()
    {
        var file = Path.Combine(_folder, "mixed.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            JsonSerializer.Serialize(new { url = "https://mixed.example/1", text = "Un bon article sur Bamako et Moscou." }),
            """{"url": "https://mixed.example/2", "text": "tronqu""",
            JsonSerializer.Serialize(new { url = "https://mixed.example/3", text = "Un autre bon article sur le Sahel." }),
            JsonSerializer.Serialize(new { url = "https://mixed.example/3?utm_source=rss", text = "Le même, par un autre lien." }),
        ]);

        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        await using var db = database.NewContext();
        var items = await db.ImportItems.Where(i => i.ImportBatchId == batch.Id).OrderBy(i => i.Position).ToListAsync();
        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Rejected, ImportOutcome.Imported, ImportOutcome.Duplicate], items.Select(i => i.Outcome));
        Assert.Contains("not valid JSON", items[1].Reason, StringComparison.Ordinal);
        Assert.Equal(items[2].ArticleId, items[3].ArticleId);
    }

    [Fact]
    public async Task A_newcomer_named_in_articles_of_two_chunks_is_one_candidate_with_a_mention_in_each_article()
    {
        // Items 1 and 2 share the first chunk, item 120 is in the second: the candidate is made in the first chunk's
        // save, and the mentions written in bulk after it must point at it.
        var naming = new[] { 1, 2, 120 };
        var file = Path.Combine(_folder, "newcomer.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, 150).Select(i => JsonSerializer.Serialize(new
        {
            url = $"https://import.example/newcomer/{i}",
            text = $"Article {i} : le Mali et la Russie renforcent leur coopération militaire." +
                (naming.Contains(i) ? $" « La coopération avance vite et bien », constate Mariama Tangara, chercheuse au centre d'études stratégiques ({i})." : ""),
        })));

        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        await using var db = database.NewContext();
        var newcomer = await db.Actors.SingleAsync(a => a.Slug == "mariama-tangara");
        Assert.Equal(EntryStatus.Candidate, newcomer.Status);
        var mentioning = await db.Mentions.Where(m => m.ActorId == newcomer.Id)
            .Join(db.ImportItems.Where(i => i.ImportBatchId == batch.Id), m => m.ArticleId, i => i.ArticleId, (m, i) => i.Position)
            .ToListAsync();
        Assert.Equal(naming, mentioning.Order());
    }

    [Fact]
    public async Task A_csv_missing_its_text_column_ends_as_a_failed_batch_that_says_why()
    {
        var file = Path.Combine(_folder, "columns.csv");
        await File.WriteAllTextAsync(file, "url,title\nhttps://x.example/1,Titre\n");

        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        Assert.Equal(ImportBatchStatus.Failed, batch.Status);
        Assert.Contains("no 'text' and no 'html' column", batch.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_with_fields_too_long_for_their_columns_end_rejected_and_the_rest_of_their_chunk_is_stored()
    {
        var file = Path.Combine(_folder, "long-fields.jsonl");
        var longUrl = "https://long.example/" + new string('u', 3000);
        await File.WriteAllLinesAsync(file,
        [
            JsonSerializer.Serialize(new { url = "https://long.example/1", text = "Premier article sur Bamako et Moscou." }),
            JsonSerializer.Serialize(new { url = longUrl, text = "Un article au lien trop long." }),
            JsonSerializer.Serialize(new { url = "https://long.example/3", title = new string('t', 1500), text = "Un article au titre trop long." }),
            JsonSerializer.Serialize(new { url = "https://long.example/4", outlet = new string('o', 300), text = "Un article au journal trop long." }),
            JsonSerializer.Serialize(new { url = "https://long.example/5", text = "Un article\u0000 avec un caractère nul." }),
            JsonSerializer.Serialize(new { url = "javascript:alert(1)", text = "Un article au lien de script." }),
        ]);

        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);
        var again = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        await using var db = database.NewContext();
        Assert.Equal(ImportBatchStatus.Completed, batch.Status);
        var items = await db.ImportItems.Where(i => i.ImportBatchId == batch.Id).OrderBy(i => i.Position).ToListAsync();
        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Rejected, ImportOutcome.Imported, ImportOutcome.Rejected, ImportOutcome.Imported, ImportOutcome.Rejected],
            items.Select(i => i.Outcome));
        Assert.Contains("URL has 3,021 characters", items[1].Reason, StringComparison.Ordinal);
        Assert.Contains("title shortened from 1,500 to 1,000", items[2].Reason, StringComparison.Ordinal);
        Assert.Contains("outlet has 300 characters", items[3].Reason, StringComparison.Ordinal);
        Assert.Contains("not an http or https address", items[5].Reason, StringComparison.Ordinal);
        var titled = await db.Articles.SingleAsync(a => a.Id == items[2].ArticleId);
        Assert.Equal(1000, titled.Title!.Length);
        Assert.Equal("Un article avec un caractère nul.", (await db.Articles.SingleAsync(a => a.Id == items[4].ArticleId)).CleanText);
        Assert.Equal(ImportBatchStatus.Completed, again.Status);
        Assert.Equal(3, await db.Articles.CountAsync(a => a.Url!.StartsWith("https://long.example/")));
        Assert.False(await db.Articles.AnyAsync(a => a.Url!.StartsWith("javascript:")));
    }

    [Theory]
    [InlineData("empty.jsonl", "the file is empty")]
    [InlineData("empty.csv", "the file is empty")]
    [InlineData("binary.jsonl", "not a text file")]
    [InlineData("binary.csv", "not a text file")]
    [InlineData("blank.jsonl", "only blank lines")]
    public async Task An_empty_or_binary_file_ends_as_a_failed_batch_with_one_message(string name, string message)
    {
        var file = Path.Combine(_folder, name);
        if (name.StartsWith("binary", StringComparison.Ordinal))
            await File.WriteAllBytesAsync(file, [.. Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7919 % 251))]);
        else
            await File.WriteAllTextAsync(file, name.StartsWith("blank", StringComparison.Ordinal) ? "\n  \n\n" : "");

        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        await using var db = database.NewContext();
        Assert.Equal(ImportBatchStatus.Failed, batch.Status);
        Assert.Contains(message, batch.Error, StringComparison.Ordinal);
        Assert.False(await db.ImportItems.AnyAsync(i => i.ImportBatchId == batch.Id));
    }

    [Fact]
    public async Task An_item_the_database_refuses_ends_rejected_with_the_reason_and_the_rest_of_its_chunk_is_stored()
    {
        // A quote of 1,500 words: what the engine keeps of it passes a column, and nothing at the door can know that.
        var quote = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"mot{i}"));
        var file = Path.Combine(_folder, "refused.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            JsonSerializer.Serialize(new { url = "https://refused.example/1", text = "Premier article sur Bamako et Moscou, coopération militaire." }),
            JsonSerializer.Serialize(new { url = "https://refused.example/2", text = $"Le ministre Abdoulaye Diop a déclaré : « {quote} », à Bamako." }),
            JsonSerializer.Serialize(new { url = "https://refused.example/3", text = "Troisième article sur le Sahel et la Russie, formation des soldats." }),
        ]);

        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        await using var db = database.NewContext();
        Assert.Equal(ImportBatchStatus.Completed, batch.Status);
        var items = await db.ImportItems.Where(i => i.ImportBatchId == batch.Id).OrderBy(i => i.Position).ToListAsync();
        Assert.Equal([1, 2, 3], items.Select(i => i.Position));
        Assert.Equal(ImportOutcome.Imported, items[0].Outcome);
        Assert.Equal(ImportOutcome.Imported, items[2].Outcome);
        // PostgreSQL refuses the long evidence the engine keeps for it (a column of 2,000): that item alone ends rejected
        // with the database's words. SQLite does not enforce lengths and stores it.
        if (database.ProviderName == "Postgres")
        {
            Assert.Equal(ImportOutcome.Rejected, items[1].Outcome);
            Assert.Contains("the database refused it", items[1].Reason, StringComparison.Ordinal);
            Assert.Contains("22001", items[1].Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(ImportOutcome.Imported, items[1].Outcome);
        }
    }

    [Fact]
    public async Task An_item_of_4_MB_of_distinct_words_is_stored_and_searchable_and_the_imports_after_it_work()
    {
        // Over PostgreSQL's 1 MB limit for one tsvector once its words are distinct: it failed the chunk's indexing,
        // then every later import's catch-up, for good.
        var words = DistinctWords(600_000).ToList();
        var file = Path.Combine(_folder, "rich.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            JsonSerializer.Serialize(new { url = "https://rich.example/many-words", title = "Inventaire", text = "Inventaire : " + string.Join(' ', words) }),
            JsonSerializer.Serialize(new { url = "https://rich.example/plain", text = "Un article ordinaire sur Bamako et Moscou, tropicalisation." }),
        ]);
        Assert.InRange(new FileInfo(file).Length, 4_000_000, 5_000_000);

        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);
        var after = await NewService().ImportAsync(WriteJsonl("after-rich.jsonl", 3, tag: "afterrich"), "test", null, CancellationToken.None);

        await using var db = database.NewContext();
        Assert.Equal(ImportBatchStatus.Completed, batch.Status);
        var items = await db.ImportItems.Where(i => i.ImportBatchId == batch.Id).OrderBy(i => i.Position).ToListAsync();
        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Imported], items.Select(i => i.Outcome));
        Assert.Single(await Search(db, "tropicalisation").ToListAsync());
        var rich = await Search(db, words[0]).SingleAsync();
        Assert.Equal("https://rich.example/many-words", rich.Url);
        Assert.Equal(ImportBatchStatus.Completed, after.Status);
        Assert.Equal(3, await Search(db, "afterrich").CountAsync());
        // Where the index could not hold the whole text, the article says so; SQLite's holds it all.
        Assert.Equal(database.ProviderName == "Postgres" ? SearchCoverage.BoundedText : SearchCoverage.WholeText, rich.SearchCoverage);
    }

    /// <summary>Words of consonants only, so French stemming leaves each one distinct.</summary>
    internal static IEnumerable<string> DistinctWords(int count)
    {
        const string letters = "bcdfghjklmnpqrtvwxz";
        for (var i = 0; i < count; i++)
        {
            var word = new char[6];
            word[0] = 'k';
            for (int n = i, at = 5; at > 0; at--, n /= letters.Length)
                word[at] = letters[n % letters.Length];
            yield return new string(word);
        }
    }

    private IQueryable<Article> Search(TrackerDbContext db, string words) =>
        database.Services.GetRequiredService<IDatabaseProvider>().SearchArticles(db, words);

    // A service provider of its own, as a second application instance would have.
    protected ImportService NewService()
    {
        var services = DatabaseFixture.BuildServices(database.Settings);
        _instances.Add(services);
        return services.GetRequiredService<ImportService>();
    }

    protected string WriteJsonl(string name, int count, string tag)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, Enumerable.Range(1, count).Select(i => JsonSerializer.Serialize(new
        {
            url = $"https://import.example/{tag}/{i}",
            title = $"Article {i}",
            outlet = $"Journal {i % 7}",
            published = "2025-06-23",
            text = $"Article {i} ({tag}) : le Mali et la Russie renforcent leur coopération militaire, selon le ministre {i}.",
        })));
        return path;
    }

    /// <summary>Reports on the importer's own thread, so a cancellation lands before the next chunk.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

public sealed class ImportServiceTestsOnSqlite(SqliteDatabaseFixture database) : ImportServiceTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ImportServiceTestsOnPostgres(PostgresDatabaseFixture database) : ImportServiceTests(database), IClassFixture<PostgresDatabaseFixture>
{
    private readonly PostgresDatabaseFixture _database = database;

    [Fact]
    public async Task Two_imports_of_the_same_file_at_once_store_each_article_once()
    {
        var file = WriteJsonl("together.jsonl", 400, tag: "together");

        var batches = await Task.WhenAll(
            Task.Run(() => NewService().ImportAsync(file, "one", null, CancellationToken.None)),
            Task.Run(() => NewService().ImportAsync(file, "two", null, CancellationToken.None)));

        await using var db = _database.NewContext();
        Assert.Equal(400, await db.Articles.CountAsync(a => a.Url!.Contains("/together/")));
        Assert.All(batches, b => Assert.Equal(ImportBatchStatus.Completed, b.Status));
        var ids = batches.Select(b => b.Id).Distinct().ToList();
        var items = await db.ImportItems.Where(i => ids.Contains(i.ImportBatchId)).ToListAsync();
        Assert.Equal(400, items.Count(i => i.Outcome == ImportOutcome.Imported));
        Assert.All(items.GroupBy(i => (i.ImportBatchId, i.Position)), g => Assert.Single(g));
    }
}
