using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Articles;
using MaliRussiaTracker.Data.Search;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Search;

public abstract class ArticleSearchTests(DatabaseFixture database) : IAsyncLifetime
{
    protected string Run { get; } = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, long> _ids = [];

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        var articles = new Dictionary<string, Article>
        {
            ["goita"] = New($"Le colonel Assimi Goïta a reçu une délégation russe au palais de Koulouba. {Run}", "Audience à Koulouba"),
            ["militaire"] = New($"La coopération militaire entre Bamako et Moscou se renforce. {Run}", "Coopération"),
            ["other"] = New($"Le prix du coton a baissé cette saison dans la région de Sikasso. {Run}", "Économie"),
        };
        db.Articles.AddRange(articles.Values);
        await db.SaveChangesAsync();
        foreach (var (key, article) in articles)
            _ids[key] = article.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_name_typed_without_its_accent_finds_the_article_that_has_it()
    {
        Assert.Equal([_ids["goita"]], await SearchAsync("goita"));
    }

    [Fact]
    public async Task A_word_of_the_title_finds_the_article()
    {
        Assert.Equal([_ids["goita"]], await SearchAsync("audience"));
    }

    [Fact]
    public async Task Every_word_typed_must_be_in_the_article()
    {
        Assert.Equal([_ids["militaire"]], await SearchAsync("coopération Moscou"));
        Assert.Empty(await SearchAsync("coopération Sikasso"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("*:()^-")]
    [InlineData("")]
    public async Task Odd_input_finds_nothing_rather_than_failing(string typed)
    {
        Assert.Empty(await SearchAsync(typed));
    }

    [Fact]
    public async Task A_corrected_text_is_found_by_its_new_words_and_no_longer_by_its_old_ones()
    {
        await using (var db = database.NewContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == _ids["other"]);
            article.CleanText = $"Le prix de l'arachide a baissé cette saison dans la région de Kayes. {Run}";
            await db.SaveChangesAsync();
        }

        Assert.Equal([_ids["other"]], await SearchAsync("arachide Kayes"));
        Assert.Empty(await SearchAsync("coton Sikasso"));
    }

    [Fact]
    public async Task An_article_whose_indexing_its_writer_put_off_is_found_once_the_writer_indexes_it()
    {
        var id = await StoreWithIndexingDeferredAsync($"Les instructeurs russes sont arrivés à Tombouctou. {Run}");

        await using (var db = database.NewContext())
            await Provider.IndexForSearchAsync(db, [id], CancellationToken.None);

        Assert.Equal([id], await SearchAsync("instructeurs Tombouctou"));
    }

    [Fact]
    public async Task A_search_gives_each_article_found_a_snippet_with_the_word_typed_marked()
    {
        var snippet = await SnippetAsync("militaire", "militaire");

        Assert.Contains($"{SearchSnippet.Start}militaire{SearchSnippet.End}", snippet, StringComparison.Ordinal);
        Assert.Contains("Bamako et Moscou", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_typed_without_its_accent_is_marked_in_the_snippet_as_the_article_writes_it()
    {
        var snippet = await SnippetAsync("goita", "goita");

        Assert.Contains($"{SearchSnippet.Start}Goïta{SearchSnippet.End}", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snippet_is_the_articles_text_with_the_markers_alone_added()
    {
        var snippet = await SnippetAsync("coopération", "militaire");

        // A piece of the text as written (an engine may leave a small word off the edge), the words searched marked.
        Assert.Contains(string.Concat(SearchSnippet.Split(snippet).Select(r => r.Text)), $"La coopération militaire entre Bamako et Moscou se renforce. {Run}", StringComparison.Ordinal);
        Assert.Equal(["coopération", Run], SearchSnippet.Split(snippet).Where(r => r.IsMatch).Select(r => r.Text));
    }

    /// <summary>The snippet the article list gives the article <paramref name="key"/> on a search for <paramref name="typed"/>.</summary>
    private async Task<string> SnippetAsync(string typed, string key)
    {
        var page = await database.Services.GetRequiredService<ArticlesQuery>().GetAsync(new ArticleFilter { Text = $"{typed} {Run}" }, 0, 10, CancellationToken.None);
        var row = Assert.Single(page.Rows, r => r.Id == _ids[key]);
        Assert.NotNull(row.Snippet);
        return row.Snippet!;
    }

    /// <summary>Stores an article in a transaction that put its search indexing off, as a batch import's chunk does.</summary>
    protected async Task<long> StoreWithIndexingDeferredAsync(string text)
    {
        await using var db = database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await Provider.DeferSearchIndexAsync(db, CancellationToken.None);
        var article = New(text, "Arrivée");
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        _ids[$"deferred-{article.Id}"] = article.Id;
        return article.Id;
    }

    protected DatabaseFixture Database => database;

    protected IDatabaseProvider Provider => database.Services.GetRequiredService<IDatabaseProvider>();

    protected async Task<List<long>> SearchAsync(string text)
    {
        await using var db = database.NewContext();
        return await Provider.SearchArticles(db, text).Where(a => _ids.Values.Contains(a.Id)).Select(a => a.Id).OrderBy(id => id).ToListAsync();
    }

    protected long Id(string key) => _ids[key];

    private static Article New(string text, string title) => new()
    {
        ContentHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), RawText = text, CleanText = text, Title = title,
        ReceivedAt = new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero),
    };
}

public sealed class ArticleSearchTestsOnSqlite(SqliteDatabaseFixture database) : ArticleSearchTests(database), IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task A_word_typed_finds_the_words_it_starts()
    {
        Assert.Equal([Id("militaire")], await SearchAsync("militair"));
    }
}

public sealed class ArticleSearchTestsOnPostgres(PostgresDatabaseFixture database) : ArticleSearchTests(database), IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task French_stemming_finds_militaire_when_militaires_is_typed()
    {
        Assert.Equal([Id("militaire")], await SearchAsync("militaires"));
    }

    [Fact]
    public async Task An_article_left_unindexed_by_a_writer_that_stopped_is_found_after_a_catch_up()
    {
        var id = await StoreWithIndexingDeferredAsync($"Un lot de drones turcs livré à Gao. {Run}");
        Assert.Empty(await SearchAsync("drones Gao"));

        await using (var db = Database.NewContext())
            Assert.True(await Provider.IndexForSearchAsync(db, null, CancellationToken.None) >= 1);

        Assert.Equal([id], await SearchAsync("drones Gao"));
        await using (var db = Database.NewContext())
            Assert.Equal(0, await Provider.IndexForSearchAsync(db, null, CancellationToken.None));
    }
}
